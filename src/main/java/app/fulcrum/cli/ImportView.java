package app.fulcrum.cli;

import app.fulcrum.app.ImportSummary;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Prints an {@link ImportSummary} for a person: counts per file, hours per stream and activity, money, skips. */
final class ImportView {
    private ImportView() {
    }

    static void print(ImportSummary s, PrintWriter out) {
        out.println((s.dryRun() ? "Dry run, nothing written: " : "Imported: ") + s.added() + " new, " + s.known()
                + " already known, " + s.skipped() + " skipped.");
        for (var f : s.files()) {
            out.printf("  %s (%s): %d rows, %d new, %d known, %d skipped%n", f.file(), f.format(), f.rows(),
                    f.added(), f.known(), f.skipped());
        }
        if (!s.time().isEmpty()) {
            out.println("Hours by stream and activity:");
            for (var t : s.time()) {
                out.printf("  %-28s %-12s %6d rows %10s h%n", t.stream().isEmpty() ? "(overhead)" : t.stream(),
                        t.activity(), t.rows(), hours(t.seconds()));
            }
            out.printf("  %-28s %-12s %6s      %10s h%n", "total", "", "", hours(s.seconds()));
        }
        for (var m : s.money()) {
            out.printf("  %-28s %d sales %s, %d refunds %s, fees %s%n", m.stream(), m.sales(), m.gross(), m.refunds(),
                    m.refunded(), m.fees());
        }
        if (s.audienceSnapshots() > 0) {
            out.println("Audience snapshots: " + s.audienceSnapshots());
        }
        s.skippedReasons().forEach((reason, n) -> out.println("  skipped " + n + ": " + reason));
        s.warnings().forEach(w -> out.println("Warning: " + w));
    }

    static String hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
