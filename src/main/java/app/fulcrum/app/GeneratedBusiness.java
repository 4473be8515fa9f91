package app.fulcrum.app;

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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A large, synthetic workspace for benchmarks ({@code fulcrum demo --scale N}, N ≥ 2).
 *
 * <p><b>Size.</b> Scale N means N × 10,000 time entries and N × 2,000 sales across 20 streams and
 * 5 years ending on {@code today}, plus 22 expenses (an ad spend per stream, tools, platform) and
 * one audience snapshot a month: scale 100 is
 * the benchmark of issue 2 (1,000,000 time entries, 200,000 sales, 1.2 million rows with the rest).
 * Rows are spread evenly over the months (the last month, cut at {@code today}, gets its share too).
 *
 * <p><b>Shape.</b> Twenty streams on every rung and off the ladder (weighted so products and memberships sell
 * most), the owner and three helpers at 20–40 an hour; 70% of the hours are the owner's, 5% are
 * overhead; a sale is one list price with card fees, 2% are refunds. The numbers are plausible in
 * shape, not a story: the story is {@link DemoBusiness}.
 *
 * <p><b>Memory and transactions.</b> Each month is generated, then written in its own transaction
 * through the bulk {@code …IfNew} methods, so memory stays at one month's rows (about 20,000 at
 * scale 100) and a failure leaves whole months. Same seed and day, same rows.
 */
public final class GeneratedBusiness {
    public static final long TIME_ENTRIES_PER_SCALE = 10_000;
    public static final long SALES_PER_SCALE = 2_000;
    public static final String OWNER_NAME = "Alex Generated";

    private static final StreamKind[] KINDS = {
        StreamKind.ONE_ON_ONE, StreamKind.ONE_ON_ONE, StreamKind.ONE_ON_ONE, StreamKind.ONE_ON_ONE,
        StreamKind.RETAINER, StreamKind.RETAINER, StreamKind.GROUP, StreamKind.GROUP, StreamKind.GROUP,
        StreamKind.WORKSHOP, StreamKind.WORKSHOP, StreamKind.COURSE, StreamKind.COURSE, StreamKind.COURSE,
        StreamKind.PRODUCT, StreamKind.PRODUCT, StreamKind.MEMBERSHIP, StreamKind.MEMBERSHIP,
        StreamKind.AFFILIATE, StreamKind.OTHER};

    /** How much to generate. */
    public record Size(long timeEntries, long sales, int streams, int years) {
        public Size {
            if (timeEntries < 0 || sales < 0 || streams < 1 || years < 1) {
                throw new IllegalArgumentException("a generated size needs rows ≥ 0, streams ≥ 1 and years ≥ 1");
            }
        }

        public static Size ofScale(int scale) {
            if (scale < 2) {
                throw new IllegalArgumentException("generated scales start at 2; scale 1 is the demo story");
            }
            return new Size(scale * TIME_ENTRIES_PER_SCALE, scale * SALES_PER_SCALE, KINDS.length, 5);
        }
    }

    /** What was written. */
    public record Counts(Workspace workspace, long timeEntries, long sales, long expenses, long audienceSnapshots) {
        public long total() {
            return timeEntries + sales + expenses + audienceSnapshots;
        }
    }

    /** The streams and people each month draws from. */
    record Cast(Currency currency, ZoneId zone, List<Stream> streams, long owner, List<Long> helpers,
                int[] saleWeights) {
        Stream pickForSale(RandomGenerator random) {
            int draw = random.nextInt(saleWeights[saleWeights.length - 1]);
            int i = 0;
            while (saleWeights[i] <= draw) {
                i++;
            }
            return streams.get(i);
        }
    }

    private GeneratedBusiness() {
    }

    public static Counts create(Database database, Size size, LocalDate today, RandomGenerator random) {
        Workspace workspace = database.createWorkspace(new Workspace(0, "Generated business (" + size.timeEntries()
                + " time entries)", DemoBusiness.CURRENCY, DemoBusiness.ZONE), OWNER_NAME, null);
        Cast cast = database.inTransaction(workspace.id(), store -> setUp(store, size));
        int months = size.years() * 12;
        LocalDate first = today.withDayOfMonth(1).minusMonths(months - 1L);
        long[] written = new long[4];
        for (int m = 0; m < months; m++) {
            LocalDate start = first.plusMonths(m);
            LocalDate last = m == months - 1 ? today : start.plusMonths(1).minusDays(1);
            GeneratedMonth month = new GeneratedMonth(cast, start, last, random)
                    .fill(share(size.timeEntries(), m, months), share(size.sales(), m, months), m);
            database.inTransaction(workspace.id(), store -> {
                written[0] += store.addTimeEntriesIfNew(month.time);
                written[1] += store.addSalesIfNew(month.sales);
                written[2] += store.addExpensesIfNew(month.expenses);
                written[3] += store.addAudienceSnapshotsIfNew(month.audience);
                return null;
            });
        }
        return new Counts(workspace, written[0], written[1], written[2], written[3]);
    }

    /** Month {@code m}'s share of {@code total} rows: the shares add up to exactly {@code total}. */
    static long share(long total, int m, int months) {
        return total * (m + 1) / months - total * m / months;
    }

    private static Cast setUp(WorkspaceStore store, Size size) {
        Currency usd = store.workspace().currency();
        List<Stream> streams = new ArrayList<>();
        int[] weights = new int[size.streams()];
        int sum = 0;
        for (int i = 0; i < size.streams(); i++) {
            StreamKind kind = KINDS[i % KINDS.length];
            streams.add(store.addStream(new Stream(0, kind.label() + " " + (i + 1), kind, new Money(price(kind), usd),
                    kind == StreamKind.ONE_ON_ONE ? new BigDecimal("10") : null, null, StreamStatus.ACTIVE)));
            sum += switch (kind) {
                case MEMBERSHIP -> 4;
                case PRODUCT -> 3;
                case COURSE -> 2;
                default -> 1;
            };
            weights[i] = sum;
        }
        List<Long> helpers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            helpers.add(store.addPerson(new Person(0, "Helper " + (i + 1), null, PersonRole.HELPER,
                    new Money(20_00 + 10_00L * i, usd))).id());
        }
        return new Cast(usd, store.workspace().zone(), List.copyOf(streams), store.owner().id(), List.copyOf(helpers),
                weights);
    }

    private static long price(StreamKind kind) {
        return switch (kind) {
            case ONE_ON_ONE -> 150_00;
            case RETAINER -> 900_00;
            case GROUP -> 1_200_00;
            case WORKSHOP -> 350_00;
            case COURSE -> 297_00;
            case PRODUCT -> 29_00;
            case MEMBERSHIP -> 49_00;
            case AFFILIATE -> 60_00;
            default -> 100_00;
        };
    }
}
