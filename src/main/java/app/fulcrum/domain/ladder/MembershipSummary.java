package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.report.Memberships;

import java.time.YearMonth;
import java.util.List;

/**
 * One membership stream's figures (the report's {@link Memberships}: a member is a customer with
 * recurring sales, active from their first to their last recurring month, churned the month after;
 * still active when their last payment is this month or last): by month for the last 12 months, and
 * MRR, active members, churn, ARPU and LTV over those 12 months.
 */
public record MembershipSummary(String stream, List<Month> byMonth, Memberships.MembershipFigures trailing12) {
    public MembershipSummary {
        byMonth = List.copyOf(byMonth);
    }

    public record Month(YearMonth month, Money mrr, int active, int joined, int churned) {
    }
}
