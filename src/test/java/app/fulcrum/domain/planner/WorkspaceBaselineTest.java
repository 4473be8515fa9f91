package app.fulcrum.domain.planner;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.Workspace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WorkspaceBaselineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Test
    void trailing_twelve_months_become_per_month_figures() {
        var usd = Money.currency("USD");
        var coaching = new Stream(1, "Coaching", StreamKind.ONE_ON_ONE, null, null, null, StreamStatus.ACTIVE);
        var owner = new Person(1, "Ann", null, PersonRole.OWNER, null);
        var helper = new Person(2, "Bo", null, PersonRole.HELPER, Money.ofMinor(3_000, "USD"));
        var facts = new ReportFacts(new Workspace(1, "W", usd, ZoneOffset.UTC), Settings.empty(), List.of(coaching),
                List.of(owner, helper),
                List.of(new ReportFacts.TimeFact(1L, 1, Activity.DELIVERY, LocalDate.of(2026, 3, 1), 240 * 3600),
                        new ReportFacts.TimeFact(1L, 1, Activity.PROMOTION, LocalDate.of(2026, 3, 2), 24 * 3600),
                        new ReportFacts.TimeFact(1L, 1, Activity.CREATION, LocalDate.of(2026, 3, 3), 50 * 3600),
                        new ReportFacts.TimeFact(1L, 2, Activity.SUPPORT, LocalDate.of(2026, 3, 4), 12 * 3600),
                        new ReportFacts.TimeFact(null, 1, Activity.ADMIN, LocalDate.of(2026, 3, 5), 60 * 3600),
                        new ReportFacts.TimeFact(1L, 1, Activity.DELIVERY, LocalDate.of(2025, 6, 30), 999 * 3600)),
                // 240 sessions, 36,000.00 gross, 600.00 refunds, 1,200.00 fees in the window
                List.of(new ReportFacts.SaleFact(1, LocalDate.of(2026, 1, 10), 3_600_000, 60_000, 120_000, 240, 4, 0)),
                List.of(new ReportFacts.ExpenseFact(1L, ExpenseCategory.TOOLS, LocalDate.of(2026, 2, 1), 24_000),
                        new ReportFacts.ExpenseFact(null, ExpenseCategory.OTHER, LocalDate.of(2026, 2, 1), 120_000)),
                List.of(), List.of());
        Baseline b = WorkspaceBaseline.from(facts, TODAY);
        StreamBaseline s = b.streams().get(0);
        assertThat(s.netPerUnit()).isEqualTo(Money.ofMinor(14_250, "USD"));      // 34,200 / 240 = 142.50
        assertThat(s.units().meanPerMonth().mean()).isEqualTo(20.0);               // 240 / 12
        assertThat(s.ownerHoursPerUnit()).isCloseTo(1.0, within(1e-9));            // 240 delivery h / 240 sales
        assertThat(s.ownerFixedHoursPerMonth()).isCloseTo(2.0, within(1e-9));      // 24 promotion h / 12; creation left out
        assertThat(s.helperCostPerMonth()).isEqualTo(Money.ofMinor(3_000, "USD")); // 12 h × 30.00 / 12
        assertThat(s.expensesPerMonth()).isEqualTo(Money.ofMinor(2_000, "USD"));   // 240.00 / 12
        assertThat(b.overheadPerMonth()).isEqualTo(Money.ofMinor(10_000, "USD"));  // 1,200.00 / 12
        assertThat(b.overheadOwnerHoursPerMonth()).isCloseTo(5.0, within(1e-9));   // 60 admin h / 12
        // the report's baseline: (34,200 − 240 − 360) / (240 + 24 + 50 creation) owner h = 33,600 / 314 = 107.006…
        assertThat(b.baselineRate()).isEqualTo(Money.ofMinor(10_701, "USD"));
    }
}
