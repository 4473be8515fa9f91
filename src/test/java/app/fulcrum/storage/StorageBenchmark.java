package app.fulcrum.storage;

import app.fulcrum.app.Database;
import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static app.fulcrum.storage.Rows.USD;
import static app.fulcrum.storage.Rows.coaching;

/**
 * Not a test: a benchmark of the issue-2 storage targets, run on demand with
 * {@code FULCRUM_BENCH=1 ./check -Dtest=StorageBenchmark} (SQLite, and PostgreSQL when PG_URL is set).
 * Inserts 1,000,000 time entries and 200,000 sales (20 streams, 5 years, seeded) through the bulk
 * methods in one transaction, then times facts() over everything. Prints figures; asserts nothing about time.
 */
@EnabledIfEnvironmentVariable(named = "FULCRUM_BENCH", matches = "1")
class StorageBenchmark {
    private static final int TIME_ENTRIES = 1_000_000;
    private static final int SALES = 200_000;
    private static final int BATCH = 10_000;
    private static final long START = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
    private static final long SPAN = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli() - START;
    private static final String[] CHANNELS = {"youtube", "podcast", "newsletter", "referral", null};

    @TempDir
    Path tempDir;

    @Test
    void sqlite() {
        String kept = System.getenv("FULCRUM_BENCH_KEEP");  // a path to keep the database at, for EXPLAIN and friends
        run(Databases.open("jdbc:sqlite:" + (kept != null ? Path.of(kept) : tempDir.resolve("bench.db")), null, null));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "PG_URL", matches = ".+")
    void postgresql() throws Exception {
        String schema = "bench_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(System.getenv("PG_URL"), System.getenv("PG_USER"),
                System.getenv("PG_PASSWORD"))) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
            try {
                run(Databases.open(System.getenv("PG_URL") + "?currentSchema=" + schema, System.getenv("PG_USER"),
                        System.getenv("PG_PASSWORD")));
            } finally {
                if (System.getenv("FULCRUM_BENCH_KEEP") == null) {
                    c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private void run(Database db) {
        try (db) {
            Workspace ws = db.createWorkspace(coaching("Bench"), "Owner", null);
            long[] streams = new long[20];
            long[] people = new long[3];
            db.inTransaction(ws.id(), s -> {
                for (int i = 0; i < streams.length; i++) {
                    streams[i] = s.addStream(Rows.stream("Stream " + i, StreamKind.values()[i % 8])).id();
                }
                people[0] = s.owner().id();
                people[1] = s.addPerson(new Person(0, "Helper A", null, PersonRole.HELPER, Rows.usd(2500))).id();
                people[2] = s.addPerson(new Person(0, "Helper B", null, PersonRole.HELPER, Rows.usd(3000))).id();
                return null;
            });
            Random random = new Random(42);
            Clocks began = Clocks.now();
            int added = db.inTransaction(ws.id(), s -> {
                int n = 0;
                for (int done = 0; done < TIME_ENTRIES; done += BATCH) {
                    n += s.addTimeEntriesIfNew(timeEntries(random, done, streams, people));
                }
                for (int done = 0; done < SALES; done += BATCH) {
                    n += s.addSalesIfNew(sales(random, done, streams));
                }
                return n;
            });
            System.out.printf("[bench %s] inserted %,d rows: %s%n", db.vendor(), added, began.since());
            ReportFacts facts = null;
            for (int i = 0; i < 6; i++) {
                Clocks t = Clocks.now();
                facts = db.inTransaction(ws.id(), s -> s.facts(null, null));
                System.out.printf("[bench %s] facts() run %d: %s%n", db.vendor(), i + 1, t.since());
            }
            System.out.printf("[bench %s] facts() holds %,d time facts, %,d sale facts, %,d customer facts%n",
                    db.vendor(), facts.time().size(), facts.sales().size(), facts.customers().size());
            Clocks t = Clocks.now();
            db.inTransaction(ws.id(), s -> s.facts(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)));
            System.out.printf("[bench %s] facts(one year): %s%n", db.vendor(), t.since());
        }
    }

    /**
     * Wall time, this thread's CPU (JDBI, the driver, and SQLite, which runs in-process) and the CPU of
     * the PostgreSQL server processes of the cluster in PGDATA_DIR (read from /proc): on a shared,
     * loaded machine the CPU figures are the steadier ones.
     */
    private record Clocks(long wallNanos, long threadCpuNanos, long serverCpuTicks) {
        static Clocks now() {
            return new Clocks(System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(),
                    serverTicks());
        }

        String since() {
            Clocks end = now();
            return String.format("wall %,d ms, client cpu %,d ms, server cpu %,d ms", (end.wallNanos - wallNanos) / 1_000_000,
                    (end.threadCpuNanos - threadCpuNanos) / 1_000_000, (end.serverCpuTicks - serverCpuTicks) * 10);
        }

        private static long serverTicks() {
            String dir = System.getenv("PGDATA_DIR");
            if (dir == null) {
                return 0;
            }
            try {
                String postmaster = Files.readAllLines(Path.of(dir, "data", "postmaster.pid")).get(0).trim();
                long ticks = 0;
                try (var procs = Files.list(Path.of("/proc"))) {
                    for (Path proc : (Iterable<Path>) procs::iterator) {
                        if (!proc.getFileName().toString().matches("\\d+")) {
                            continue;
                        }
                        try {
                            String stat = Files.readString(proc.resolve("stat"));
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            if (f[1].equals(postmaster) || proc.getFileName().toString().equals(postmaster)) {
                                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);  // utime + stime
                            }
                        } catch (IOException | RuntimeException gone) {
                            // the process ended while we looked
                        }
                    }
                }
                return ticks;
            } catch (IOException e) {
                return 0;
            }
        }
    }

    private static List<TimeEntry> timeEntries(Random random, int offset, long[] streams, long[] people) {
        List<TimeEntry> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long person = people[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)];
            Long stream = random.nextInt(10) == 0 ? null : streams[random.nextInt(streams.length)];
            Activity activity = Activity.values()[random.nextInt(Activity.values().length)];
            Instant start = Instant.ofEpochMilli(START + (long) (random.nextDouble() * SPAN) / 60_000 * 60_000);
            rows.add(new TimeEntry(0, person, stream, activity, start, 900L * (1 + random.nextInt(12)), null,
                    Provenance.imported("toggl", "bench.csv", offset + i + 2, "t" + (offset + i))));
        }
        return rows;
    }

    private static List<Sale> sales(Random random, int offset, long[] streams) {
        List<Sale> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long gross = 2_000 + random.nextInt(50_000);
            long fee = gross * 3 / 100 + 30;
            boolean refund = random.nextInt(30) == 0;
            Instant at = Instant.ofEpochMilli(START + (long) (random.nextDouble() * SPAN));
            rows.add(new Sale(0, streams[random.nextInt(streams.length)], at, "cust" + random.nextInt(40_000),
                    new Money(gross, USD), new Money(fee, USD), new Money(gross, USD), new Money(fee, USD), refund,
                    null, random.nextInt(4) == 0, CHANNELS[random.nextInt(CHANNELS.length)],
                    Provenance.imported("stripe", "bench.csv", offset + i + 2, "ch_" + (offset + i))));
        }
        return rows;
    }
}
