package app.fulcrum.storage;

import app.fulcrum.app.Database;
import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.app.WorkspaceStore;
import app.fulcrum.domain.Activity;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ReportFacts.ActivitySeconds;
import app.fulcrum.domain.ReportFacts.CustomerFact;
import app.fulcrum.domain.ReportFacts.ExpenseFact;
import app.fulcrum.domain.ReportFacts.SaleFact;
import app.fulcrum.domain.ReportFacts.TimeFact;
import app.fulcrum.domain.ReportFacts.UncostedTime;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static app.fulcrum.storage.Rows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The storage contract, run against every database Fulcrum supports (one subclass each). Each test
 * gets a freshly migrated, empty database at {@link #newDatabaseUrl()}.
 */
abstract class StorageContractTest {
    protected Database db;
    @TempDir
    Path tempDir;

    /** The JDBC URL of a new, empty database (not yet migrated); the subclass discards it after the test. */
    protected abstract String newDatabaseUrl() throws Exception;

    protected String user() {
        return null;
    }

    protected String password() {
        return null;
    }

    protected void discardDatabase() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        db = Databases.open(newDatabaseUrl(), user(), password());
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
        discardDatabase();
    }

    protected Workspace workspace(String name) {
        return db.createWorkspace(coaching(name), "Ann Owner", "ann@example.com");
    }

    protected <T> T in(Workspace ws, Function<WorkspaceStore, T> work) {
        return db.inTransaction(ws.id(), work);
    }

    @Test
    void a_new_workspace_has_its_owner_and_is_listed() {
        Workspace ws = workspace("Ann Coaching");
        Person owner = in(ws, WorkspaceStore::owner);
        assertThat(owner.name()).isEqualTo("Ann Owner");
        assertThat(owner.role()).isEqualTo(PersonRole.OWNER);
        assertThat(db.workspaces()).containsExactly(ws);
        assertThat(db.findWorkspace(ws.id())).contains(ws);
        assertThat(ws.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(db.vendor()).isIn("sqlite", "postgresql");
    }

    @Test
    void streams_and_people_are_found_by_name_ignoring_case() {
        Workspace ws = workspace("Ann Coaching");
        Stream group = in(ws, s -> s.addStream(stream("Group Program", StreamKind.GROUP)));
        in(ws, s -> s.addPerson(new Person(0, "Bea Helper", "Bea@Example.com", PersonRole.HELPER, usd(2500))));
        assertThat(this.<Optional<Stream>>in(ws, s -> s.findStream("group PROGRAM"))).contains(group);
        assertThat(this.<Optional<Stream>>in(ws, s -> s.findStream(group.id()))).contains(group);
        assertThat(this.<Optional<Stream>>in(ws, s -> s.findStream("Group"))).isEmpty();
        assertThat(this.<Optional<Person>>in(ws, s -> s.findPerson("bea@example.com")).map(Person::costRatePerHour)).contains(usd(2500));
        assertThatThrownBy(() -> in(ws, s -> s.addStream(stream("GROUP program", StreamKind.COURSE))))
                .isInstanceOf(FulcrumException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> in(ws, s -> s.addPerson(new Person(0, "Zed", null, PersonRole.OWNER, null))))
                .isInstanceOf(FulcrumException.class).hasMessageContaining("already has an owner");
    }

    @Test
    void updating_a_stream_keeps_its_id_and_changes_its_fields() {
        Workspace ws = workspace("Ann Coaching");
        Stream course = in(ws, s -> s.addStream(stream("Course", StreamKind.COURSE)));
        Stream edited = new Stream(course.id(), "Signature Course", StreamKind.COURSE, usd(49700), decimal("2.5"), 40,
                StreamStatus.PAUSED);
        in(ws, s -> {
            s.updateStream(edited);
            return null;
        });
        assertThat(in(ws, WorkspaceStore::streams)).containsExactly(edited);
    }

    @Test
    void bulk_insert_skips_rows_already_imported() {
        Workspace ws = workspace("Ann Coaching");
        long owner = in(ws, s -> s.owner().id());
        long stream = in(ws, s -> s.addStream(stream("One-on-one", StreamKind.ONE_ON_ONE)).id());
        List<TimeEntry> entries = List.of(
                time(owner, stream, Activity.DELIVERY, "2024-03-04T14:00:00Z", 60, toggl("t1", 2)),
                time(owner, stream, Activity.DELIVERY, "2024-03-05T14:00:00Z", 90, toggl("t2", 3)),
                time(owner, null, Activity.ADMIN, "2024-03-05T16:00:00Z", 30, toggl("t3", 4)));
        List<Sale> sales = List.of(sale(stream, "2024-03-04T15:00:00Z", "c1", 15000, 465, stripe("ch_1", 2)),
                sale(stream, "2024-03-06T15:00:00Z", "c2", 15000, 465, stripe("ch_2", 3)));

        assertThat(this.<Integer>in(ws, s -> s.addTimeEntriesIfNew(entries))).isEqualTo(3);
        assertThat(this.<Integer>in(ws, s -> s.addSalesIfNew(sales))).isEqualTo(2);
        // The same file again: everything is known.
        assertThat(this.<Integer>in(ws, s -> s.addTimeEntriesIfNew(entries))).isZero();
        assertThat(this.<Integer>in(ws, s -> s.addSalesIfNew(sales))).isZero();
        // A later export overlapping the first: only t4 is new.
        var overlapping = List.of(entries.get(2), time(owner, stream, Activity.SUPPORT, "2024-03-07T14:00:00Z", 15,
                toggl("t4", 5)));
        assertThat(this.<Integer>in(ws, s -> s.addTimeEntriesIfNew(overlapping))).isEqualTo(1);
        assertThat(in(ws, WorkspaceStore::snapshot).timeEntries()).hasSize(4);
    }

    @Test
    void bulk_insert_counts_only_new_rows_across_chunks_and_calls() {
        Workspace ws = workspace("Ann Coaching");
        long owner = in(ws, s -> s.owner().id());
        long stream = in(ws, s -> s.addStream(stream("One-on-one", StreamKind.ONE_ON_ONE)).id());
        List<TimeEntry> all = new ArrayList<>();
        for (int i = 0; i < 3_500; i++) {
            all.add(time(owner, stream, Activity.DELIVERY, Instant.parse("2024-01-01T08:00:00Z").plusSeconds(600L * i)
                    .toString(), 5, toggl("t" + i, i + 2)));
        }
        List<TimeEntry> first = all.subList(0, 1_500);
        List<TimeEntry> known = all.subList(0, 2_500);
        // 1,500 rows are stored; the 2,500 then hold 1,000 new ones (chunks of 1,000: known, mixed, new).
        assertThat(this.<Integer>in(ws, s -> s.addTimeEntriesIfNew(first))).isEqualTo(1_500);
        assertThat(this.<Integer>in(ws, s -> s.addTimeEntriesIfNew(known))).isEqualTo(1_000);
        // New rows first, then 2,500 known ones in the same call: only the first 1,000 are new.
        List<TimeEntry> newThenKnown = new ArrayList<>(all.subList(2_500, 3_500));
        newThenKnown.addAll(known);
        assertThat(this.<Integer>in(ws, s -> s.addTimeEntriesIfNew(newThenKnown))).isEqualTo(1_000);
        // Everything again, twice in one transaction: nothing is new either time.
        assertThat(this.<Integer>in(ws, s -> s.addTimeEntriesIfNew(all) + s.addTimeEntriesIfNew(all))).isZero();
        assertThat(in(ws, WorkspaceStore::snapshot).timeEntries()).hasSize(3_500);
    }

    @Test
    void bulk_insert_stores_text_with_tabs_newlines_and_backslashes_exactly() {
        Workspace ws = workspace("Ann Coaching");
        long owner = in(ws, s -> s.owner().id());
        long stream = in(ws, s -> s.addStream(stream("One-on-one", StreamKind.ONE_ON_ONE)).id());
        // The characters PostgreSQL's COPY text format escapes, its NULL marker as text, and a non-ASCII name.
        List<String> notes = java.util.Arrays.asList("tab\there", "line\nbreak\r\n", "back\\slash \\N", "Zoë ✓", null);
        List<TimeEntry> entries = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            TimeEntry t = time(owner, i % 2 == 0 ? stream : null, Activity.DELIVERY, "2024-03-0" + (i + 1) + "T14:00:00Z",
                    30, toggl("n" + i, i + 2));
            entries.add(new TimeEntry(0, t.personId(), t.streamId(), t.activity(), t.start(), t.durationSeconds(),
                    notes.get(i), t.provenance()));
        }
        Sale sale = withChannel(sale(stream, "2024-03-04T15:00:00Z", "Zoë\t\\N", 15000, 465, stripe("ch\\1", 2)),
                "news\nletter", true);
        assertThat(this.<Integer>in(ws, s -> s.addTimeEntriesIfNew(entries) + s.addSalesIfNew(List.of(sale)))).isEqualTo(6);
        WorkspaceSnapshot stored = in(ws, WorkspaceStore::snapshot);
        assertThat(stored.timeEntries()).extracting(TimeEntry::note).containsExactlyElementsOf(notes);
        assertThat(stored.timeEntries()).extracting(TimeEntry::streamId).containsExactly(stream, null, stream, null, stream);
        assertThat(stored.sales()).singleElement().satisfies(s -> {
            assertThat(s.customer()).isEqualTo("Zoë\t\\N");
            assertThat(s.channel()).isEqualTo("news\nletter");
            assertThat(s.recurring()).isTrue();
            assertThat(s.refund()).isFalse();
            assertThat(s.provenance().externalId()).isEqualTo("ch\\1");
        });
    }

    @ParameterizedTest(name = "{0} in New York is local day {1}")
    @CsvSource({
            "2024-03-31T23:30:00Z, 2024-03-31",  // 19:30 EDT (UTC-4)
            "2024-04-01T03:30:00Z, 2024-03-31",  // 23:30 EDT: still the 31st although UTC says April
            "2024-04-01T04:30:00Z, 2024-04-01",  // 00:30 EDT
            "2024-03-10T04:30:00Z, 2024-03-09",  // 23:30 EST (UTC-5) just before the spring-forward day
            "2024-03-10T05:30:00Z, 2024-03-10",  // 00:30 EST
            "2024-11-03T04:30:00Z, 2024-11-03"}) // 00:30 EDT on the fall-back day
    void time_and_sales_fall_on_the_workspace_local_day(String instant, LocalDate expectedDay) {
        Workspace ws = workspace("Ann Coaching");
        long owner = in(ws, s -> s.owner().id());
        long stream = in(ws, s -> s.addStream(stream("One-on-one", StreamKind.ONE_ON_ONE)).id());
        in(ws, s -> s.addTimeEntry(time(owner, stream, instant, 45)));
        in(ws, s -> s.addSale(sale(stream, instant, 10000, 320)));
        ReportFacts facts = in(ws, s -> s.facts(null, null));
        assertThat(facts.time()).containsExactly(
                new TimeFact(stream, expectedDay, ActivitySeconds.of(Activity.DELIVERY, 2700), 0, 0, 0, 0));
        assertThat(facts.sales()).extracting(SaleFact::day).containsExactly(expectedDay);
        // The day filter is inclusive and local: the one-day range of the expected day holds it.
        assertThat(in(ws, s -> s.facts(expectedDay, expectedDay)).time()).hasSize(1);
        assertThat(in(ws, s -> s.facts(expectedDay.plusDays(1), null)).time()).isEmpty();
    }

    @Test
    void facts_sum_time_per_stream_and_day_with_the_owner_split_by_activity() {
        Workspace ws = workspace("Ann Coaching");
        long owner = in(ws, s -> s.owner().id());
        long helper = in(ws, s -> s.addPerson(new Person(0, "Bea", null, PersonRole.HELPER, usd(2500))).id());
        long stream = in(ws, s -> s.addStream(stream("Group", StreamKind.GROUP)).id());
        in(ws, s -> List.of(
                s.addTimeEntry(time(owner, stream, "2024-03-04T14:00:00Z", 60)),
                s.addTimeEntry(time(owner, stream, "2024-03-04T18:00:00Z", 30)),     // same day: 60 + 30 min
                s.addTimeEntry(time(helper, stream, "2024-03-04T18:00:00Z", 20)),    // another person
                s.addTimeEntry(time(owner, null, Activity.ADMIN, "2024-03-05T13:00:00Z", 15, app.fulcrum.domain.Provenance.MANUAL)),
                s.addTimeEntry(time(owner, stream, "2024-03-06T14:00:00Z", 50))));  // outside the range asked
        ReportFacts facts = in(ws, s -> s.facts(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5)));
        assertThat(facts.time()).containsExactlyInAnyOrder(
                // owner 90 min of delivery; Bea 20 min of delivery at 25.00/h: 1200 s × 2500 = 3,000,000 (÷ 3600 = 8.33)
                new TimeFact(stream, LocalDate.of(2024, 3, 4), ActivitySeconds.of(Activity.DELIVERY, 5400),
                        1200, 1200, 3_000_000, 0),
                new TimeFact(null, LocalDate.of(2024, 3, 5), ActivitySeconds.of(Activity.ADMIN, 900), 0, 0, 0, 0)); // overhead, 15 min
        assertThat(facts.uncostedTime()).isEmpty();  // Bea has a cost rate
        assertThat(facts.people()).hasSize(2);
        assertThat(facts.streams()).extracting(Stream::name).containsExactly("Group");
    }

    @Test
    void helpers_without_a_cost_rate_are_listed_per_day_and_add_no_cost() {
        Workspace ws = workspace("Ann Coaching");
        long bea = in(ws, s -> s.addPerson(new Person(0, "Bea", null, PersonRole.HELPER, usd(2500))).id());
        long cy = in(ws, s -> s.addPerson(new Person(0, "Cy", null, PersonRole.HELPER, null)).id());
        long stream = in(ws, s -> s.addStream(stream("Group", StreamKind.GROUP)).id());
        in(ws, s -> List.of(
                s.addTimeEntry(time(bea, stream, "2024-03-04T14:00:00Z", 20)),
                s.addTimeEntry(time(cy, stream, "2024-03-04T15:00:00Z", 30)),
                s.addTimeEntry(time(cy, null, Activity.ADMIN, "2024-03-04T16:00:00Z", 15, app.fulcrum.domain.Provenance.MANUAL)),
                s.addTimeEntry(time(cy, stream, Activity.SUPPORT, "2024-03-05T14:00:00Z", 45, app.fulcrum.domain.Provenance.MANUAL))));
        ReportFacts facts = in(ws, s -> s.facts(null, null));
        assertThat(facts.time()).containsExactlyInAnyOrder(
                // 20 + 30 min of helper delivery; only Bea's 1200 s cost: × 2500 = 3,000,000; Cy's 1800 s are uncosted
                new TimeFact(stream, LocalDate.of(2024, 3, 4), ActivitySeconds.NONE, 3000, 3000, 3_000_000, 1800),
                new TimeFact(null, LocalDate.of(2024, 3, 4), ActivitySeconds.NONE, 900, 0, 0, 900),
                new TimeFact(stream, LocalDate.of(2024, 3, 5), ActivitySeconds.NONE, 2700, 0, 0, 2700));
        assertThat(facts.uncostedTime()).containsExactlyInAnyOrder(
                new UncostedTime(cy, LocalDate.of(2024, 3, 4), 2700),   // 30 + 15 min, on a stream and on none
                new UncostedTime(cy, LocalDate.of(2024, 3, 5), 2700));  // 45 min
    }

    @Test
    void customers_of_other_streams_than_memberships_and_one_on_one_are_kept_only_for_the_channel_advice() {
        Workspace ws = workspace("Ann Coaching");
        long club = in(ws, s -> s.addStream(stream("Club", StreamKind.MEMBERSHIP)).id());
        long coaching = in(ws, s -> s.addStream(stream("Coaching", StreamKind.ONE_ON_ONE)).id());
        long course = in(ws, s -> s.addStream(stream("Course", StreamKind.COURSE)).id());
        in(ws, s -> List.of(
                s.addSale(withChannel(sale(club, "2023-01-10T12:00:00Z", "m1", 3000, 0, stripe("a", 2)), null, true)),
                s.addSale(sale(coaching, "2023-01-10T12:00:00Z", "o1", 20000, 0, stripe("b", 3))),
                s.addSale(withChannel(sale(course, "2023-01-10T12:00:00Z", "c1", 9700, 0, stripe("c", 4)), "ads", false)),
                s.addSale(withChannel(sale(course, "2024-05-10T12:00:00Z", "c2", 9700, 0, stripe("d", 5)), "ads", false)),
                s.addSale(sale(course, "2024-05-11T12:00:00Z", "c3", 9700, 0, stripe("e", 6)))));
        // Facts to 2024-06-30: the advice looks back to July 2023, so the course's January 2023 month goes, and c3
        // (no channel) never counts; the club's and the coaching's months all stay.
        assertThat(in(ws, s -> s.facts(null, LocalDate.of(2024, 6, 30))).customers())
                .extracting(CustomerFact::customer).containsExactlyInAnyOrder("m1", "o1", "c2");
        // Without an end there is no window: every course month with a channel and a positive net stays.
        assertThat(in(ws, s -> s.facts(null, null)).customers())
                .extracting(CustomerFact::customer).containsExactlyInAnyOrder("m1", "o1", "c1", "c2");
    }

    @Test
    void refunds_are_dated_on_their_own_day_and_fees_of_both_count() {
        Workspace ws = workspace("Ann Coaching");
        // one-on-one: every customer month of it is kept (distinct clients), refunds and channel-less ones too
        long stream = in(ws, s -> s.addStream(stream("Coaching", StreamKind.ONE_ON_ONE)).id());
        Sale first = in(ws, s -> s.addSale(sale(stream, "2024-03-05T15:00:00Z", "c1", 19700, 601, stripe("ch_1", 2))));
        in(ws, s -> s.addSale(withChannel(sale(stream, "2024-03-05T20:00:00Z", "c2", 9700, 311, stripe("ch_2", 3)),
                "youtube", true)));
        // The March sale is refunded on April 2nd; the platform returned its fee (a negative fee).
        in(ws, s -> s.addSale(refund(stream, "2024-04-02T15:00:00Z", "c1", first.id(), 19700, -601)));
        ReportFacts facts = in(ws, s -> s.facts(null, null));
        assertThat(facts.sales()).containsExactlyInAnyOrder(
                // gross 197.00 + 97.00; fees 6.01 + 3.11; two sales, one recurring
                new SaleFact(stream, LocalDate.of(2024, 3, 5), 29400, 0, 912, 2, 0, 1),
                // the refund lands in April, not back in March
                new SaleFact(stream, LocalDate.of(2024, 4, 2), 0, 19700, -601, 0, 1, 0));
        assertThat(facts.customers()).containsExactlyInAnyOrder(
                new CustomerFact(stream, "c1", LocalDate.of(2024, 3, 1), 1, 0, 19700 - 601, null),
                new CustomerFact(stream, "c2", LocalDate.of(2024, 3, 1), 1, 1, 9700 - 311, "youtube"),
                // the April refund: -197.00 back, +6.01 fee returned
                new CustomerFact(stream, "c1", LocalDate.of(2024, 4, 1), 0, 0, -19700 + 601, null));
        assertThat(in(ws, s -> s.facts(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))).sales())
                .extracting(SaleFact::refundsMinor).containsExactly(19700L);
        assertThat(this.<Optional<Sale>>in(ws, s -> s.findSale(first.id()))).contains(first);
    }

    @Test
    void customer_channel_is_the_channel_of_the_first_sale_that_month() {
        Workspace ws = workspace("Ann Coaching");
        long stream = in(ws, s -> s.addStream(stream("Membership", StreamKind.MEMBERSHIP)).id());
        in(ws, s -> List.of(
                s.addSale(withChannel(sale(stream, "2024-05-20T12:00:00Z", "m1", 3000, 100, stripe("b", 3)), "ads", true)),
                s.addSale(withChannel(sale(stream, "2024-05-02T12:00:00Z", "m1", 3000, 100, stripe("a", 2)), "podcast", true))));
        // May 2nd came first, so its channel "podcast" names the month; two sales of 30.00 less 1.00 fee each.
        assertThat(in(ws, s -> s.facts(null, null)).customers())
                .containsExactly(new CustomerFact(stream, "m1", LocalDate.of(2024, 5, 1), 2, 2, 5800, "podcast"));
    }

    @Test
    void expenses_and_audience_are_reported_per_day() {
        Workspace ws = workspace("Ann Coaching");
        long stream = in(ws, s -> s.addStream(stream("Course", StreamKind.COURSE)).id());
        in(ws, s -> List.of(
                s.addExpense(expense(stream, ExpenseCategory.ADS, "2024-06-01", 5000)),
                s.addExpense(expense(stream, ExpenseCategory.ADS, "2024-06-01", 2500)),
                s.addExpense(expense(null, ExpenseCategory.TOOLS, "2024-06-03", 2900)),
                s.addAudienceSnapshot(audience("2024-06-01", 1200, 40L)),
                s.addAudienceSnapshot(audience("2024-07-01", 1350, null))));
        ReportFacts june = in(ws, s -> s.facts(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));
        assertThat(june.expenses()).containsExactlyInAnyOrder(
                new ExpenseFact(stream, ExpenseCategory.ADS, LocalDate.of(2024, 6, 1), 7500),  // 50.00 + 25.00
                new ExpenseFact(null, ExpenseCategory.TOOLS, LocalDate.of(2024, 6, 3), 2900)); // shared
        assertThat(june.audience()).extracting(a -> a.listSize()).containsExactly(1200L);
    }

    @Test
    void an_exception_rolls_back_everything_the_transaction_wrote() {
        Workspace ws = workspace("Ann Coaching");
        long owner = in(ws, s -> s.owner().id());
        assertThatThrownBy(() -> in(ws, s -> {
            long stream = s.addStream(stream("Doomed", StreamKind.WORKSHOP)).id();
            s.addTimeEntry(time(owner, stream, "2024-03-04T14:00:00Z", 60));
            s.putSetting("baseline_rate", "150");
            throw new FulcrumException("row 7 is bad");
        })).hasMessage("row 7 is bad");
        WorkspaceSnapshot after = in(ws, WorkspaceStore::snapshot);
        assertThat(after.streams()).isEmpty();
        assertThat(after.timeEntries()).isEmpty();
        assertThat(after.settings().values()).isEmpty();
    }

    @Test
    void two_workspaces_never_see_each_others_rows() {
        Workspace a = workspace("A");
        Workspace b = db.createWorkspace(coaching("B"), "Bob Owner", null);
        long ownerA = in(a, s -> s.owner().id());
        Stream streamA = in(a, s -> s.addStream(stream("Coaching", StreamKind.ONE_ON_ONE)));
        Stream streamB = in(b, s -> s.addStream(stream("Coaching", StreamKind.ONE_ON_ONE)));  // same name is fine
        in(a, s -> s.addTimeEntriesIfNew(List.of(time(ownerA, streamA.id(), Activity.DELIVERY, "2024-03-04T14:00:00Z",
                60, toggl("t1", 2)))));
        Sale saleA = in(a, s -> s.addSale(sale(streamA.id(), "2024-03-04T15:00:00Z", "c1", 15000, 465, stripe("ch_1", 2))));
        in(a, s -> {
            s.putSetting("baseline_rate", "120");
            s.putFxRate(new FxRate(LocalDate.of(2024, 1, 1), Currency.getInstance("EUR"), decimal("1.08")));
            return null;
        });
        // B imports the same external ids: they are new to B.
        long ownerB = in(b, s -> s.owner().id());
        assertThat(this.<Integer>in(b, s -> s.addTimeEntriesIfNew(List.of(time(ownerB, streamB.id(), Activity.DELIVERY,
                "2024-03-04T14:00:00Z", 60, toggl("t1", 2)))))).isEqualTo(1);

        assertThat(this.<Optional<Stream>>in(b, s -> s.findStream(streamA.id()))).isEmpty();
        assertThat(this.<Optional<Sale>>in(b, s -> s.findSale(saleA.id()))).isEmpty();
        assertThat(in(b, WorkspaceStore::owner).name()).isEqualTo("Bob Owner");
        assertThat(this.<Optional<Person>>in(b, s -> s.findPerson("Ann Owner"))).isEmpty();
        assertThat(this.<Optional<FxRate>>in(b, s -> s.findFxRate(Currency.getInstance("EUR"), LocalDate.of(2024, 6, 1)))).isEmpty();
        ReportFacts factsB = in(b, s -> s.facts(null, null));
        assertThat(factsB.sales()).isEmpty();
        assertThat(factsB.settings().values()).isEmpty();
        assertThat(factsB.time()).extracting(TimeFact::streamId).containsExactly(streamB.id());
        assertThat(in(a, s -> s.facts(null, null)).time()).extracting(TimeFact::streamId).containsExactly(streamA.id());
        // B may not point a row at A's stream, person or sale.
        assertThatThrownBy(() -> in(b, s -> s.addTimeEntry(time(ownerB, streamA.id(), "2024-03-04T14:00:00Z", 60))))
                .isInstanceOf(FulcrumException.class).hasMessage("workspace 'B' has no stream with id " + streamA.id());
        assertThatThrownBy(() -> in(b, s -> s.addTimeEntriesIfNew(List.of(time(ownerA, null, "2024-03-04T14:00:00Z", 60)))))
                .isInstanceOf(FulcrumException.class).hasMessage("workspace 'B' has no person with id " + ownerA);
        assertThatThrownBy(() -> in(b, s -> s.addSale(refund(streamB.id(), "2024-03-09T15:00:00Z", "c1", saleA.id(), 15000, 0))))
                .isInstanceOf(FulcrumException.class).hasMessageContaining("has no sale with that id");
    }

    @Test
    void the_latest_exchange_rate_on_or_before_a_date_applies() {
        Workspace ws = workspace("Ann Coaching");
        Currency eur = Currency.getInstance("EUR");
        in(ws, s -> {
            s.putFxRate(new FxRate(LocalDate.of(2024, 1, 1), eur, decimal("1.0800")));
            s.putFxRate(new FxRate(LocalDate.of(2024, 2, 1), eur, decimal("1.07")));
            s.putFxRate(new FxRate(LocalDate.of(2024, 2, 1), eur, decimal("1.09")));  // replaces the one above
            return null;
        });
        assertThat(this.<Optional<FxRate>>in(ws, s -> s.findFxRate(eur, LocalDate.of(2023, 12, 31)))).isEmpty();
        assertThat(this.<Optional<FxRate>>in(ws, s -> s.findFxRate(eur, LocalDate.of(2024, 1, 31))).orElseThrow().rate()).isEqualTo(decimal("1.0800"));
        assertThat(this.<Optional<FxRate>>in(ws, s -> s.findFxRate(eur, LocalDate.of(2024, 2, 1))).orElseThrow().rate()).isEqualTo(decimal("1.09"));
    }

    @Test
    void changing_the_time_zone_moves_rows_to_their_new_local_day() {
        Workspace ws = workspace("Ann Coaching");
        long owner = in(ws, s -> s.owner().id());
        long stream = in(ws, s -> s.addStream(stream("One-on-one", StreamKind.ONE_ON_ONE)).id());
        in(ws, s -> List.of(s.addTimeEntry(time(owner, stream, "2024-04-01T03:30:00Z", 60)),
                s.addSale(sale(stream, "2024-04-01T03:30:00Z", 10000, 0)),
                s.addTimeEntry(time(owner, stream, "2024-04-05T12:00:00Z", 30))));
        assertThat(in(ws, s -> s.facts(null, null)).time()).extracting(TimeFact::day)
                .containsExactlyInAnyOrder(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 5));  // 23:30 EDT
        Workspace berlin = new Workspace(ws.id(), ws.name(), ws.currency(), ZoneId.of("Europe/Berlin"));
        ReportFacts after = in(ws, s -> {
            s.updateWorkspace(berlin);
            return s.facts(null, null);
        });
        // 03:30 UTC is 05:30 CEST on April 1st; 12:00 UTC stays on April 5th.
        assertThat(after.time()).extracting(TimeFact::day)
                .containsExactlyInAnyOrder(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 5));
        assertThat(after.sales()).extracting(SaleFact::day).containsExactly(LocalDate.of(2024, 4, 1));
        assertThat(db.findWorkspace(ws.id())).contains(berlin);
        assertThat(after.workspace()).isEqualTo(berlin);
    }

    @Test
    void the_base_currency_cannot_change_once_money_is_recorded() {
        Workspace ws = workspace("Ann Coaching");
        long stream = in(ws, s -> s.addStream(stream("Course", StreamKind.COURSE)).id());
        in(ws, s -> s.addSale(sale(stream, "2024-04-01T03:30:00Z", 10000, 0)));
        Workspace euro = new Workspace(ws.id(), ws.name(), Currency.getInstance("EUR"), ws.zone());
        assertThatThrownBy(() -> in(ws, s -> {
            s.updateWorkspace(euro);
            return null;
        })).isInstanceOf(FulcrumException.class).hasMessageContaining("from USD to EUR");
    }

    @Test
    void a_version_1_database_is_upgraded_on_open_and_keeps_its_rows() throws Exception {
        String url = newDatabaseUrl();
        String vendor = url.startsWith("jdbc:sqlite:") ? "sqlite" : "postgresql";
        Flyway.configure().dataSource(url, user(), password()).locations("classpath:db/migration/" + vendor).target("1")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement st = c.createStatement()) {
            st.execute("INSERT INTO workspace (id, name, currency, zone) VALUES (7, 'Old', 'USD', 'America/New_York')");
            st.execute("INSERT INTO person (id, workspace_id, name, name_key, role) VALUES (3, 7, 'Ann', 'ann', 'OWNER')");
            st.execute("INSERT INTO stream (id, workspace_id, name, name_key, kind, status)"
                    + " VALUES (5, 7, 'Coaching', 'coaching', 'ONE_ON_ONE', 'ACTIVE')");
            st.execute("INSERT INTO time_entry (id, workspace_id, person_id, stream_id, activity, start_ms,"
                    + " duration_seconds, local_day, source) VALUES (11, 7, 3, 5, 'DELIVERY', 1711927800000, 3600, 20240331, 'manual')");
        }
        try (Database upgraded = Databases.open(url, user(), password())) {
            WorkspaceSnapshot rows = upgraded.inTransaction(7, WorkspaceStore::snapshot);
            // 1711927800000 ms is 2024-03-31T23:30Z, 19:30 in New York.
            assertThat(rows.timeEntries()).containsExactly(new TimeEntry(11, 3, 5L, Activity.DELIVERY,
                    java.time.Instant.parse("2024-03-31T23:30:00Z"), 3600, null, app.fulcrum.domain.Provenance.MANUAL));
            upgraded.inTransaction(7, s -> s.addTimeEntry(time(3, 5L, "2024-04-02T12:00:00Z", 30)));
            assertThat(upgraded.inTransaction(7, s -> s.facts(null, null)).time()).extracting(TimeFact::ownerSeconds)
                    .containsExactlyInAnyOrder(3600L, 1800L);
        }
    }

    @Test
    void an_imported_sale_is_found_by_its_external_id() {
        Workspace ws = workspace("Ann Coaching");
        long stream = in(ws, s -> s.addStream(stream("Course", StreamKind.COURSE)).id());
        Sale sold = in(ws, s -> s.addSale(sale(stream, "2024-03-05T15:00:00Z", "c1", 19700, 601, stripe("ch_1", 2))));
        assertThat(this.<Optional<Sale>>in(ws, s -> s.findSaleByExternalId("stripe", "ch_1"))).contains(sold);
        assertThat(this.<Optional<Sale>>in(ws, s -> s.findSaleByExternalId("paypal", "ch_1"))).isEmpty();
    }

    @Test
    void restore_replaces_the_workspace_with_the_snapshot_exactly() {
        Workspace ws = workspace("Ann Coaching");
        WorkspaceSnapshot original = in(ws, s -> {
            RichWorkspace.fill(s);
            return s.snapshot();
        });
        assertThat(original.sales()).hasSize(3);
        // Rows added after the backup disappear on restore.
        in(ws, s -> List.of(s.addStream(stream("Later", StreamKind.OTHER)), s.addSale(sale(original.streams().get(0).id(),
                "2025-01-01T00:00:00Z", 100, 0))));
        WorkspaceSnapshot restored = in(ws, s -> {
            s.restore(original);
            return s.snapshot();
        });
        assertThat(restored).isEqualTo(original);
        // New rows get ids above the restored ones.
        long maxSale = original.sales().stream().mapToLong(Sale::id).max().orElseThrow();
        assertThat(in(ws, s -> s.addSale(sale(original.streams().get(0).id(), "2025-01-02T00:00:00Z", 100, 0))).id())
                .isGreaterThan(maxSale);
    }

    @Test
    void a_snapshot_restored_into_another_database_round_trips() {
        Workspace ws = workspace("Ann Coaching");
        WorkspaceSnapshot original = in(ws, s -> {
            RichWorkspace.fill(s);
            return s.snapshot();
        });
        try (Database other = Databases.open("jdbc:sqlite:" + tempDir.resolve("other/restored.db"), null, null)) {
            Workspace target = other.createWorkspace(new Workspace(0, "placeholder", ws.currency(), ZoneId.of("UTC")),
                    "Placeholder", null);
            WorkspaceSnapshot copy = other.inTransaction(target.id(), s -> {
                s.restore(original);
                return s.snapshot();
            });
            Workspace renamed = new Workspace(target.id(), ws.name(), ws.currency(), ws.zone());
            assertThat(copy.workspace()).isEqualTo(renamed);
            assertThat(new WorkspaceSnapshot(copy.formatVersion(), ws, copy.settings(), copy.streams(), copy.people(),
                    copy.timeEntries(), copy.sales(), copy.expenses(), copy.audience(), copy.fxRates()))
                    .isEqualTo(original);
            ReportFacts there = other.inTransaction(target.id(), s -> s.facts(null, null));
            ReportFacts here = in(ws, s -> s.facts(null, null));
            assertThat(there.time()).containsExactlyInAnyOrderElementsOf(here.time()).isNotEmpty();
            assertThat(there.sales()).containsExactlyInAnyOrderElementsOf(here.sales()).isNotEmpty();
            assertThat(there.customers()).containsExactlyInAnyOrderElementsOf(here.customers()).isNotEmpty();
            assertThat(there.expenses()).containsExactlyInAnyOrderElementsOf(here.expenses()).isNotEmpty();
        }
    }

    @Test
    void a_backup_restored_beside_another_workspace_moves_its_ids_and_leaves_the_other_alone() {
        Workspace ws = workspace("Ann Coaching");
        WorkspaceSnapshot original = in(ws, s -> {
            RichWorkspace.fill(s);
            return s.snapshot();
        });
        Workspace second = workspace("Bo Consulting");
        WorkspaceSnapshot copy = in(second, s -> {
            s.restore(original);
            return s.snapshot();
        });
        // Same rows, ids moved above those the first workspace holds.
        assertThat(copy.sales()).hasSameSizeAs(original.sales());
        assertThat(copy.timeEntries()).hasSameSizeAs(original.timeEntries());
        long shift = copy.streams().get(0).id() - original.streams().get(0).id();
        assertThat(shift).isPositive();
        assertThat(copy.sales()).extracting(Sale::streamId)
                .containsExactlyElementsOf(original.sales().stream().map(x -> x.streamId() + shift).toList());
        ReportFacts there = in(second, s -> s.facts(null, null));
        ReportFacts here = in(ws, s -> s.facts(null, null));
        assertThat(there.sales()).extracting(ReportFacts.SaleFact::grossMinor)
                .containsExactlyInAnyOrderElementsOf(here.sales().stream().map(ReportFacts.SaleFact::grossMinor).toList());
        assertThat(in(ws, WorkspaceStore::snapshot)).isEqualTo(original);
    }
}
