package app.fulcrum.export;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.TimeEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real hledger (Debian package) on the exported journal and timeclock files and checks its
 * per-stream totals against the same numbers summed straight from the snapshot.
 */
class HledgerExportTest {
    private static final WorkspaceSnapshot SNAPSHOT = ExportFixtures.coachingPractice();
    private static final HledgerAccounts ACCOUNTS = HledgerAccounts.of(SNAPSHOT.streams(), SNAPSHOT.people());

    @TempDir
    static Path dir;
    private static Path journal;
    private static Path timeclock;

    @BeforeAll
    static void writeFiles() throws IOException {
        journal = Files.writeString(dir.resolve("fulcrum.journal"), HledgerJournal.of(SNAPSHOT));
        timeclock = Files.writeString(dir.resolve("fulcrum.timeclock"), HledgerTimeclock.of(SNAPSHOT));
    }

    @Test
    void hledger_revenue_per_stream_is_gross_minus_refunds() throws Exception {
        Map<String, BigDecimal> hledger = HledgerCli.balances(journal, "revenue");

        Map<String, BigDecimal> fulcrum = new HashMap<>();
        for (Sale sale : SNAPSHOT.sales()) {
            BigDecimal amount = sale.baseGross().toDecimal();
            fulcrum.merge(ACCOUNTS.revenue(sale.streamId()), sale.refund() ? amount : amount.negate(), BigDecimal::add);
        }
        // Launch Lab: −(100.00 + 49.00 − 49.00) = −100.00; Coaching: −(1,200.00 − 1,200.00) = 0;
        // Newsletter: −(53.21 + 10.00) = −63.21 (revenue is credit-normal in hledger).
        assertThat(fulcrum).containsEntry("revenue:launch-lab", new BigDecimal("-100.00"))
                .containsEntry("revenue:1-1-coaching", new BigDecimal("0.00"))
                .containsEntry("revenue:uberblick-newsletter", new BigDecimal("-63.21"));
        assertThat(hledger).isEqualTo(fulcrum);
    }

    @Test
    void hledger_fees_per_stream_include_returned_fees() throws Exception {
        Map<String, BigDecimal> hledger = HledgerCli.balances(journal, "expenses:fees");

        Map<String, BigDecimal> fulcrum = new HashMap<>();
        SNAPSHOT.sales().forEach(s -> fulcrum.merge(ACCOUNTS.fees(s.streamId()), s.baseFee().toDecimal(), BigDecimal::add));
        // Launch Lab: 3.20 + 2.18 − 1.69 = 3.69; Coaching: 35.10; Newsletter: 1.84 + 1.30 = 3.14.
        assertThat(fulcrum).containsEntry("expenses:fees:launch-lab", new BigDecimal("3.69"));
        assertThat(hledger).isEqualTo(fulcrum);
    }

    @Test
    void hledger_expenses_by_category_and_stream_and_the_journal_balances() throws Exception {
        Map<String, BigDecimal> expenses = HledgerCli.balances(journal, "expenses");
        Map<String, BigDecimal> all = HledgerCli.balances(journal, "");

        assertThat(expenses).containsEntry("expenses:ads:launch-lab", new BigDecimal("250.00"))
                .containsEntry("expenses:platform:overhead", new BigDecimal("2.00"))
                .containsEntry("expenses:tools:1-1-coaching", new BigDecimal("16.27"));
        // Every transaction balances, so the accounts sum to zero (hledger would refuse the file otherwise).
        assertThat(all.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
    }

    @Test
    void hledger_hours_per_stream_equal_fulcrums_hours_rounded_as_hledger_rounds() throws Exception {
        Map<String, BigDecimal> hledger = HledgerCli.balances(timeclock, "time", "--depth", "2");

        Map<String, BigDecimal> fulcrum = new HashMap<>();
        for (TimeEntry entry : SNAPSHOT.timeEntries()) {
            for (long seconds : piecesPerLocalDay(entry, SNAPSHOT.workspace().zone())) {
                BigDecimal hours = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_EVEN);
                fulcrum.merge("time:" + ACCOUNTS.stream(entry.streamId()), hours, BigDecimal::add);
            }
        }
        // Coaching: 1.50 + 2.00 (across the DST switch, still 2 h); Launch Lab: 1.75 + 0.33 (20 min);
        // Newsletter: 0.50 + 0.75 (split at midnight); overhead: 0.75.
        assertThat(fulcrum).containsEntry("time:1-1-coaching", new BigDecimal("3.50"))
                .containsEntry("time:launch-lab", new BigDecimal("2.08"))
                .containsEntry("time:uberblick-newsletter", new BigDecimal("1.25"))
                .containsEntry("time:overhead", new BigDecimal("0.75"));
        assertThat(hledger).isEqualTo(fulcrum);
    }

    @Test
    void hledger_hours_per_person_separate_owner_and_helper() throws Exception {
        Map<String, BigDecimal> hledger = HledgerCli.balances(timeclock, "time:launch-lab");

        assertThat(hledger).containsExactlyInAnyOrderEntriesOf(Map.of(
                "time:launch-lab:creation:zoe-muller", new BigDecimal("1.75"),
                "time:launch-lab:support:sam-lee", new BigDecimal("0.33")));
    }

    /** Seconds of an entry on each local calendar day, as hledger splits a session at midnight. */
    private static List<Long> piecesPerLocalDay(TimeEntry entry, ZoneId zone) {
        List<Long> pieces = new ArrayList<>();
        LocalDateTime in = LocalDateTime.ofInstant(entry.start(), zone);
        LocalDateTime out = in.plusSeconds(entry.durationSeconds());
        while (in.toLocalDate().isBefore(out.toLocalDate())) {
            LocalDateTime midnight = in.toLocalDate().plusDays(1).atStartOfDay();
            pieces.add(java.time.Duration.between(in, midnight).toSeconds());
            in = midnight;
        }
        pieces.add(java.time.Duration.between(in, out).toSeconds());
        return pieces;
    }
}
