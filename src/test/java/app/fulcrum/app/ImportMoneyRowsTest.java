package app.fulcrum.app;

import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.Workspace;
import app.fulcrum.importer.FormatRegistry;
import app.fulcrum.importer.ImportedMoney;
import app.fulcrum.importer.ParseOptions;
import app.fulcrum.importer.RowSink;
import app.fulcrum.importer.SourceFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Money rows take the same road as time rows: stream by product, base currency by rate, refunds linked. */
class ImportMoneyRowsTest {
    /** "id,kind,product,amount,currency,refundOf" per line: the smallest format that yields money rows. */
    static final class LinesOfMoney implements SourceFormat {
        @Override public String id() { return "money-lines"; }
        @Override public String description() { return "test money lines"; }
        @Override public boolean recognizes(String fileName, String head) { return head.startsWith("id,kind"); }
        @Override public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink)
                throws IOException {
            String[] lines = new String(content.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",", -1);
                Currency c = Currency.getInstance(f[4]);
                sink.row(new ImportedMoney(i + 1, f[0], ImportedMoney.Kind.valueOf(f[1]), f[2], "cus",
                        Instant.parse("2024-03-06T10:00:00Z"), Money.parse(f[3], c), Money.zero(c), null, null,
                        f[5].isEmpty() ? null : f[5], false, null, null, null));
            }
        }
    }

    private InMemoryDatabase db;
    private ImportFiles importFiles;

    @BeforeEach
    void usd_workspace_with_a_course() {
        db = new InMemoryDatabase();
        db.createWorkspace(new Workspace(0, "Z", Currency.getInstance("USD"), ZoneId.of("UTC")), "Zoë", null);
        db.inTransaction(1, s -> s.addStream(new Stream(0, "Course", StreamKind.COURSE, null, null, null, null)));
        importFiles = new ImportFiles(db, new FormatRegistry(List.of(new LinesOfMoney())));
    }

    private ImportSummary run(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return importFiles.run(1, new ImportRequest(List.of(new ImportInput("m.csv", bytes.length,
                () -> new java.io.ByteArrayInputStream(bytes))), null, null, null, null, null, null, Locale.ROOT,
                false, false, null), ImportProgress.NONE);
    }

    @Test
    void a_foreign_currency_sale_without_a_rate_fails_naming_its_line() {
        assertThatThrownBy(() -> run("id,kind\nch_1,SALE,course,100.00,EUR,\n"))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("m.csv:2: found 100.00 EUR on 2024-03-06 with no EUR exchange rate");
        assertThat(db.sales()).isEmpty();
    }

    @Test
    void a_foreign_currency_sale_is_converted_with_the_rate_of_its_day_and_its_refund_linked() {
        db.inTransaction(1, s -> {
            s.putFxRate(new FxRate(LocalDate.of(2024, 3, 1), Currency.getInstance("EUR"), new BigDecimal("1.10")));
            return null;
        });

        ImportSummary summary = run("id,kind\nch_1,SALE,course,100.00,EUR,\nre_1,REFUND,course,20.00,EUR,ch_1\n");

        // 100 EUR × 1.10 = 110.00 USD; the refund 20 EUR × 1.10 = 22.00 USD points at the sale
        Sale sale = db.sales().get(0);
        assertThat(sale.baseGross()).isEqualTo(Money.ofMinor(11000, "USD"));
        assertThat(db.sales().get(1).refundOf()).isEqualTo(sale.id());
        assertThat(summary.money()).singleElement().satisfies(line -> {
            assertThat(line.gross()).isEqualTo(Money.ofMinor(11000, "USD"));
            assertThat(line.refunded()).isEqualTo(Money.ofMinor(2200, "USD"));
        });
    }
}
