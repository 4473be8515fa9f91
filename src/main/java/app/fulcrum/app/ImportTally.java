package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts an import as it goes; {@link #summary} freezes it. Small: one entry per stream × activity. */
final class ImportTally {
    private final Currency base;
    private final List<ImportSummary.FileResult> files = new ArrayList<>();
    private final Map<String, Long> skippedReasons = new TreeMap<>();
    private final Map<String, long[]> time = new TreeMap<>();
    private final Map<String, ImportSummary.MoneyLine> money = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private long audience;
    private String file;
    private String format;
    private long rows;
    private long added;
    private long known;
    private long skipped;

    ImportTally(Currency base) {
        this.base = base;
    }

    void startFile(String name, String formatId) {
        file = name;
        format = formatId;
        rows = 0;
        added = 0;
        known = 0;
        skipped = 0;
    }

    void endFile() {
        files.add(new ImportSummary.FileResult(file, format, rows, added, known, skipped));
    }

    void written(int batch, int fresh) {
        added += fresh;
        known += batch - fresh;
    }

    void skipped(String reason) {
        skipped++;
        skippedReasons.merge(reason, 1L, Long::sum);
    }

    void time(String stream, Activity activity, long seconds) {
        rows++;
        long[] line = time.computeIfAbsent(stream + "\u0000" + activity.label(), k -> new long[2]);
        line[0]++;
        line[1] += seconds;
    }

    void money(String stream, boolean refund, Money gross, Money fee) {
        rows++;
        var old = money.getOrDefault(stream, new ImportSummary.MoneyLine(stream, 0, 0, Money.zero(base),
                Money.zero(base), Money.zero(base)));
        money.put(stream, new ImportSummary.MoneyLine(stream, old.sales() + (refund ? 0 : 1),
                old.refunds() + (refund ? 1 : 0), refund ? old.gross() : old.gross().plus(gross),
                refund ? old.refunded().plus(gross) : old.refunded(), old.fees().plus(fee)));
    }

    void audience() {
        rows++;
        audience++;
    }

    void expense() {
        rows++;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    ImportSummary summary(boolean dryRun) {
        List<ImportSummary.TimeLine> lines = new ArrayList<>();
        time.forEach((key, v) -> {
            String[] parts = key.split("\u0000", 2);
            lines.add(new ImportSummary.TimeLine(parts[0], parts[1], v[0], v[1]));
        });
        return new ImportSummary(dryRun, files, skippedReasons, lines, new ArrayList<>(money.values()), audience,
                warnings);
    }
}
