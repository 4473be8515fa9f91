package app.fulcrum.cli;

import app.fulcrum.app.Database;
import app.fulcrum.config.DatabaseLocation;
import app.fulcrum.domain.report.Granularity;
import app.fulcrum.domain.report.LeverageReport;
import app.fulcrum.domain.report.LeverageReports;
import app.fulcrum.domain.report.ReportRequest;
import app.fulcrum.export.HledgerCli;
import app.fulcrum.storage.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HledgerExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void export_hledger_writes_a_journal_and_a_timeclock_that_hledger_totals_per_stream() throws Exception {
        Path db = dir.resolve("a.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ana").ok();
        CliRun.run(db, "stream", "add", "Launch Lab", "--kind", "course").ok();
        CliRun.run(db, "stream", "add", "Mentoring", "--kind", "one-on-one").ok();
        CliRun.run(db, "sale", "add", "--stream", "Launch Lab", "--amount", "100", "--fee", "3.20", "--date", "2024-03-04").ok();
        CliRun.run(db, "sale", "add", "--stream", "Mentoring", "--amount", "1200", "--fee", "35.10", "--date", "2024-03-05").ok();
        CliRun.run(db, "refund", "add", "--sale", "2", "--amount", "200", "--date", "2024-03-09").ok();
        CliRun.run(db, "time", "add", "--stream", "Mentoring", "--activity", "delivery", "--start", "2024-03-04T09:00",
                "--minutes", "90").ok();
        CliRun.run(db, "time", "add", "--stream", "Launch Lab", "--activity", "creation", "--start", "2024-03-05T23:30",
                "--minutes", "75").ok();
        Path out = dir.resolve("hledger");

        CliRun run = CliRun.run(db, "export", "--format", "hledger", "--output", out.toString()).ok();

        assertThat(run.err()).contains("fulcrum.journal (3 sales and refunds, 0 expenses)", "fulcrum.timeclock (2 time entries)");
        // Launch Lab: −100.00; Mentoring: −(1,200.00 − 200.00) = −1,000.00 (revenue is credit-normal)
        assertThat(HledgerCli.balances(out.resolve("fulcrum.journal"), "revenue")).isEqualTo(Map.of(
                "revenue:launch-lab", new BigDecimal("-100.00"), "revenue:mentoring", new BigDecimal("-1000.00")));
        assertThat(HledgerCli.balances(out.resolve("fulcrum.timeclock"), "time", "--depth", "2")).isEqualTo(Map.of(
                "time:launch-lab", new BigDecimal("1.25"), "time:mentoring", new BigDecimal("1.50")));
        assertHledgerAgreesWithTheReport(db, out);
    }

    /** The check: hledger's totals per stream equal Fulcrum's own report over all data. */
    private static void assertHledgerAgreesWithTheReport(Path db, Path out) throws Exception {
        LeverageReport report;
        try (Database database = Databases.open(DatabaseLocation.sqlite(db).jdbcUrl(), null, null)) {
            long workspace = database.workspaces().get(0).id();
            report = LeverageReports.compute(database.inTransaction(workspace, store -> store.facts(null, null)),
                    ReportRequest.all(Granularity.MONTH), LocalDate.of(2026, 11, 21));
        }
        Map<String, BigDecimal> revenue = HledgerCli.balances(out.resolve("fulcrum.journal"), "revenue");
        Map<String, BigDecimal> fees = HledgerCli.balances(out.resolve("fulcrum.journal"), "expenses:fees");
        Map<String, BigDecimal> hours = HledgerCli.balances(out.resolve("fulcrum.timeclock"), "time", "--depth", "2");
        assertThat(report.streams()).hasSize(2).allSatisfy(stream -> {
            String account = stream.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            var money = stream.total().money();
            assertThat(revenue.get("revenue:" + account).negate()).isEqualByComparingTo(money.gross().minus(money.refunds()).toDecimal());
            assertThat(fees.get("expenses:fees:" + account)).isEqualByComparingTo(money.fees().toDecimal());
            assertThat(hours.get("time:" + account)).isEqualByComparingTo(stream.total().time().ownerHours());
        });
    }

    @Test
    void export_hledger_without_a_destination_says_what_to_give() throws Exception {
        Path db = dir.resolve("a.db");
        CliRun.run(db, "init", "--currency", "USD", "--timezone", "UTC", "--owner", "Ana").ok();

        CliRun run = CliRun.run(db, "export", "--format", "hledger");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("fulcrum: hledger export writes files: give --output DIR, or --journal FILE "
                + "and/or --timeclock FILE\n");
        assertThat(Files.list(dir)).noneMatch(p -> p.toString().endsWith(".journal"));
    }
}
