package app.fulcrum.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Keeps everything a parser reports, in order, for assertions. */
final class CollectingSink implements RowSink {
    final List<ImportedRow> rows = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    static final ParseOptions BERLIN = new ParseOptions(ZoneId.of("Europe/Berlin"), Locale.ROOT, null);

    static CollectingSink parseResource(SourceFormat format, String name, ParseOptions options) {
        try (InputStream in = CollectingSink.class.getResourceAsStream("/formats/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return parse(format, name, in.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectingSink parseText(SourceFormat format, String text, ParseOptions options) {
        return parse(format, "test.txt", text.getBytes(StandardCharsets.UTF_8), options);
    }

    static CollectingSink parse(SourceFormat format, String name, byte[] bytes, ParseOptions options) {
        CollectingSink sink = new CollectingSink();
        try {
            format.parse(name, new ByteArrayInputStream(bytes), options, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    List<ImportedTime> times() {
        return rows.stream().map(ImportedTime.class::cast).toList();
    }

    List<Long> seconds() {
        return times().stream().map(ImportedTime::durationSeconds).toList();
    }

    @Override
    public void row(ImportedRow row) {
        rows.add(row);
    }

    @Override
    public void skipped(int line, String reason) {
        skipped.add(line + ": " + reason);
    }

    @Override
    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    List<ImportedMoney> money() {
        return rows.stream().map(ImportedMoney.class::cast).toList();
    }

    ImportedMoney money(String externalId) {
        return money().stream().filter(m -> m.externalId().equals(externalId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + externalId + " in " + rows));
    }

    List<String> problemTexts() {
        return problems.stream().map(ImportProblem::toString).toList();
    }
}
