package app.fulcrum.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** The shared format samples (byte-exact vendor shapes) and small helpers to run a format on bytes. */
final class SampleFiles {
    static final Path DIR = Path.of("src/test/resources/samples");
    static final ParseOptions USD_UTC = new ParseOptions(ZoneId.of("UTC"), Locale.US, Currency.getInstance("USD"));
    static final ParseOptions EUR_BERLIN = new ParseOptions(ZoneId.of("Europe/Berlin"), Locale.GERMANY,
            Currency.getInstance("EUR"));

    private SampleFiles() {
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectingSink parse(SourceFormat format, String fileName, byte[] content, ParseOptions options) {
        return CollectingSink.parse(format, fileName, content, options);
    }

    static CollectingSink parseSample(SourceFormat format, String name, ParseOptions options) {
        return parse(format, name, bytes(name), options);
    }

    static CollectingSink parseText(SourceFormat format, String text, ParseOptions options) {
        return parse(format, "quirk.csv", text.getBytes(StandardCharsets.UTF_8), options);
    }

    static String head(String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }
}
