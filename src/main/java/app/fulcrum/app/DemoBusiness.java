package app.fulcrum.app;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.Workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.random.RandomGenerator;

/**
 * The demo business: three years of a coaching practice, ending on a given day, written into a
 * workspace so that the leverage report tells the story Fulcrum exists for.
 *
 * <p><b>The story.</b> Dana Rivera, a career coach in New York (base USD), starts with one-on-one
 * clients at 150 a session and 15 hours a week of capacity; by the end of year 1 she is nearly full,
 * mostly through referrals and podcast appearances ({@link DemoPractice}). In year 2 she launches a
 * group program (40 hours of design, then a cohort of 8–12 seats every 4 months, {@link DemoGroup})
 * and hires an assistant, Sam, at 25.00 an hour for scheduling, admin and the group's community. At
 * the start of year 3 she raises her rate to 175 and spends six months building an online course
 * (about 180 hours of her own creation time plus Sam's video editing), launches it to her list of a
 * few hundred people — well below the 1,000 buyers the course rung asks for — and sells it modestly
 * at 297, with a few refunds, platform fees and some ads ({@link DemoCourse}). Shared tools, her
 * bookkeeping and the audience snapshots are in {@link DemoOverhead}.
 *
 * <p><b>What the report should show.</b> One-on-one is active and earns about its rate per hour; the
 * group earns more per owner hour (leverage &gt; 1) but is live delivery, hence active; the course is
 * leveraged, not passive (she still spends about 11 hours a month promoting and supporting it), and
 * its net revenue is far below its creation hours valued at her one-on-one rate, so it has not paid
 * back. The ladder says she stands on the course rung without its foundation (list, years).
 *
 * <p><b>Determinism.</b> Everything comes from {@code today} and the seeded {@link RandomGenerator}:
 * the same seed and day give the same rows. Work is booked in weekday working hours (09:00–18:00 in
 * America/New_York) without overlaps; sales happen at session end or online between 07:00 and 23:00.
 */
public final class DemoBusiness {
    public static final String WORKSPACE_NAME = "Rivera Coaching (demo)";
    public static final String OWNER_NAME = "Dana Rivera";
    public static final String OWNER_EMAIL = "dana@example.com";
    public static final String ASSISTANT_NAME = "Sam Ortiz";
    public static final Currency CURRENCY = Currency.getInstance("USD");
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    public static final String ONE_ON_ONE = "One-on-one coaching";
    public static final String GROUP = "Career Momentum group";
    public static final String COURSE = "Career Pivot course";
    public static final long DEFAULT_SEED = 42;

    /** How many rows of each kind were written. */
    public record Counts(int timeEntries, int sales, int expenses, int audienceSnapshots) {
        public int total() {
            return timeEntries + sales + expenses + audienceSnapshots;
        }
    }

    private DemoBusiness() {
    }

    /** Creates the demo workspace with its owner in {@code database} and fills it in one transaction. */
    public static Workspace create(Database database, LocalDate today, RandomGenerator random) {
        Workspace workspace = database.createWorkspace(new Workspace(0, WORKSPACE_NAME, CURRENCY, ZONE), OWNER_NAME,
                OWNER_EMAIL);
        database.inTransaction(workspace.id(), store -> write(store, today, random));
        return workspace;
    }

    /** Fills an empty workspace (with its owner already there) with the three years ending on {@code today}. */
    public static Counts write(WorkspaceStore store, LocalDate today, RandomGenerator random) {
        Workspace workspace = store.workspace();
        if (workspace.currency().getDefaultFractionDigits() != 2) {
            throw new FulcrumException("the demo business needs a currency with cents, not "
                    + workspace.currency().getCurrencyCode());
        }
        Currency usd = workspace.currency();
        Stream oneOnOne = store.addStream(new Stream(0, ONE_ON_ONE, StreamKind.ONE_ON_ONE,
                new Money(DemoPractice.PRICE_AFTER_RAISE, usd), new BigDecimal("15"), null, StreamStatus.ACTIVE));
        Stream group = store.addStream(new Stream(0, GROUP, StreamKind.GROUP, new Money(1_400_00, usd), null, 12,
                StreamStatus.ACTIVE));
        Stream course = store.addStream(new Stream(0, COURSE, StreamKind.COURSE, new Money(DemoCourse.PRICE, usd),
                null, null, StreamStatus.ACTIVE));
        Person assistant = store.addPerson(new Person(0, ASSISTANT_NAME, "sam@example.com", PersonRole.HELPER,
                Money.parse("25.00", usd)));
        DemoTimeline timeline = DemoTimeline.endingOn(today, workspace.zone());
        DemoCast cast = new DemoCast(timeline, new DemoCalendar(timeline), new DemoRows(usd, workspace.zone()),
                random, store.owner().id(), assistant.id(), oneOnOne, group, course);
        DemoOverhead overhead = new DemoOverhead(cast);
        var formerClients = new DemoPractice(cast).play();
        new DemoGroup(cast, formerClients).play();
        new DemoCourse(cast).play();
        overhead.expensesAndAdmin();
        overhead.audience();
        return cast.rows().writeTo(store);
    }
}
