package app.fulcrum.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Seeded byte mutations of each sample (flips, inserted quotes, commas, newlines and noise, deleted
 * and duplicated ranges, truncation): every input must end in rows, skips or problems that name a
 * line — never another exception and never a hang. The seed is fixed, so a failure replays exactly.
 */
class MoneyFormatsFuzzTest {
    private static final int RUNS = 400;
    private static final byte[] SPECIAL = ",\"\n\r;.-0123456789 \t\u00ef\u00bb\u00bf".getBytes(StandardCharsets.ISO_8859_1);

    static Stream<Arguments> formats() throws IOException {
        return Stream.of(
                Arguments.of(new StripePaymentsCsv(), "stripe_unified_payments.csv"),
                Arguments.of(new StripeBalanceCsv(), "stripe_balance_all_activity.csv"),
                Arguments.of(new StripeBalanceCsv(), "stripe_balance_change_itemized.csv"),
                Arguments.of(new GumroadSalesCsv(), "gumroad_sales.csv"),
                Arguments.of(new PayPalActivityCsv(), "paypal_activity.csv"),
                Arguments.of(new MailchimpMembersCsv(), "mailchimp_subscribed_members_export.csv"),
                Arguments.of(new GenericSalesCsv(ColumnMapping.read(Path.of("src/test/resources/mappings/course_platform.mapping"))),
                        "course_platform_sales_ILLUSTRATIVE.csv"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("formats")
    void mutated_samples_give_rows_or_problems_and_nothing_else(SourceFormat format, String sample) {
        byte[] original = SampleFiles.bytes(sample);
        Random random = new Random(sample.hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int run = 0; run < RUNS; run++) {
                byte[] input = mutate(original, random);
                CollectingSink sink = parseOrFail(format, input, run);
                assertThat(sink.problems).allSatisfy(p -> {
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).isNotBlank();
                });
                format.recognizes(sample, new String(input, StandardCharsets.UTF_8));
            }
        });
    }

    private static CollectingSink parseOrFail(SourceFormat format, byte[] input, int run) {
        try {
            return SampleFiles.parse(format, "fuzz.csv", input, run % 2 == 0 ? SampleFiles.USD_UTC : SampleFiles.EUR_BERLIN);
        } catch (RuntimeException e) {
            throw new AssertionError("run " + run + " threw on input:\n" + new String(input, StandardCharsets.UTF_8), e);
        }
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] data = original.clone();
        int mutations = 1 + random.nextInt(6);
        for (int i = 0; i < mutations && data.length > 0; i++) {
            int at = random.nextInt(data.length);
            data = switch (random.nextInt(6)) {
                case 0 -> flip(data, at, random);
                case 1 -> insert(data, at, new byte[]{SPECIAL[random.nextInt(SPECIAL.length)]});
                case 2 -> delete(data, at, 1 + random.nextInt(Math.min(40, data.length - at)));
                case 3 -> insert(data, at, Arrays.copyOfRange(data, at, Math.min(data.length, at + random.nextInt(200))));
                case 4 -> Arrays.copyOf(data, at);
                default -> insert(data, at, noise(random));
            };
        }
        return data;
    }

    private static byte[] flip(byte[] data, int at, Random random) {
        data[at] = (byte) random.nextInt(256);
        return data;
    }

    private static byte[] noise(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(16)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] insert(byte[] data, int at, byte[] extra) {
        byte[] out = new byte[data.length + extra.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(data, at, out, at + extra.length, data.length - at);
        return out;
    }

    private static byte[] delete(byte[] data, int at, int length) {
        byte[] out = new byte[data.length - length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(data, at + length, out, at, data.length - at - length);
        return out;
    }

}
