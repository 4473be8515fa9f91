package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.Workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A hand-built business for ladder tests: streams and day-level facts in USD, assessed on {@link #TODAY}. */
final class Business {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final long COACHING = 1;
    static final long GROUP = 2;
    static final long COURSE = 3;
    static final long CLUB = 4;

    private final List<Stream> streams = new ArrayList<>();
    private static final Person OWNER = new Person(1, "Owner", null, PersonRole.OWNER, null);
    private final List<TimeFact> time = new ArrayList<>();
    private final List<SaleFact> sales = new ArrayList<>();
    private final List<CustomerFact> customers = new ArrayList<>();
    private final List<AudienceSnapshot> audience = new ArrayList<>();
    private Settings settings = Settings.empty();

    static Business empty() {
        return new Business();
    }

    Business stream(long id, StreamKind kind, String capacityPerWeek) {
        streams.add(new Stream(id, kind.label() + " " + id, kind, null,
                capacityPerWeek == null ? null : new BigDecimal(capacityPerWeek), null, StreamStatus.ACTIVE));
        return this;
    }

    Business delivery(long stream, String day, double hours) {
        time.add(TimeFact.of(stream, LocalDate.parse(day), OWNER, Activity.DELIVERY, Math.round(hours * 3600)));
        return this;
    }

    Business promotion(String day, double hours) {
        time.add(TimeFact.of(null, LocalDate.parse(day), OWNER, Activity.PROMOTION, Math.round(hours * 3600)));
        return this;
    }

    /** {@code count} sales of {@code each} (major units) on one day, no fees or refunds. */
    Business sales(long stream, String day, int count, String each) {
        long minor = new BigDecimal(each).movePointRight(2).longValueExact() * count;
        sales.add(new SaleFact(stream, LocalDate.parse(day), minor, 0, 0, count, 0, 0));
        return this;
    }

    Business customer(long stream, String customer, String month, String net, String channel, boolean recurring) {
        customers.add(new CustomerFact(stream, customer, LocalDate.parse(month), 1, recurring ? 1 : 0,
                new BigDecimal(net).movePointRight(2).longValueExact(), channel));
        return this;
    }

    Business audience(String day, long listSize, Long buyers) {
        audience.add(new AudienceSnapshot(audience.size() + 1, LocalDate.parse(day), listSize, buyers,
                Provenance.MANUAL));
        return this;
    }

    Business setting(String key, String value) {
        settings = settings.with(key, value);
        return this;
    }

    ReportFacts facts() {
        return new ReportFacts(new Workspace(1, "Test practice", Money.currency("USD"), ZoneOffset.UTC), settings,
                streams, List.of(OWNER), time, List.of(), sales, List.of(), customers, audience);
    }

    LadderAssessment assess() {
        return Ladder.assess(facts(), TODAY);
    }

    Check check(String id) {
        LadderFacts f = new LadderFacts(facts(), TODAY);
        for (int rung = 2; rung <= 4; rung++) {
            for (Check c : Ladder.checksFor(rung, f, Cohorts.of(f))) {
                if (c.id().equals(id)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no check " + id);
    }
}
