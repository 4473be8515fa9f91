package app.fulcrum.app;

import app.fulcrum.domain.Money;

import java.util.List;
import java.util.Map;

/**
 * What an import did (or, with {@code dryRun}, would do): per file the format and how many rows were
 * new, already known and skipped; why rows were skipped; hours per stream and activity; money per
 * stream in the base currency; and warnings (helpers created without a cost rate, streams created).
 */
public record ImportSummary(boolean dryRun, List<FileResult> files, Map<String, Long> skippedReasons,
                            List<TimeLine> time, List<MoneyLine> money, long audienceSnapshots,
                            List<String> warnings) {
    public ImportSummary {
        files = List.copyOf(files);
        skippedReasons = Map.copyOf(skippedReasons);
        time = List.copyOf(time);
        money = List.copyOf(money);
        warnings = List.copyOf(warnings);
    }

    public record FileResult(String file, String format, long rows, long added, long known, long skipped) {
    }

    /** Rows and seconds of one stream ("" = overhead, no stream) and activity. */
    public record TimeLine(String stream, String activity, long rows, long seconds) {
    }

    /** Sales, refunds and fees of one stream, in the base currency. */
    public record MoneyLine(String stream, long sales, long refunds, Money gross, Money refunded, Money fees) {
    }

    public long added() {
        return files.stream().mapToLong(FileResult::added).sum();
    }

    public long known() {
        return files.stream().mapToLong(FileResult::known).sum();
    }

    public long skipped() {
        return files.stream().mapToLong(FileResult::skipped).sum();
    }

    public long seconds() {
        return time.stream().mapToLong(TimeLine::seconds).sum();
    }
}
