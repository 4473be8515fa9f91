package app.fulcrum.bench;

import app.fulcrum.app.Database;
import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.Workspace;
import app.fulcrum.domain.report.Granularity;
import app.fulcrum.domain.report.LeverageReport;
import app.fulcrum.domain.report.LeverageReports;
import app.fulcrum.domain.report.ReportRequest;
import app.fulcrum.storage.Databases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The in-process {@code report --by month} after warm-up, on a database that already holds a workspace
 * (normally the scale-100 one of {@code bench/report.sh}): the facts query alone, the computation
 * alone, and both, which is what the CLI does after opening the database. The database comes from
 * {@code FULCRUM_BENCH_DB_URL} (user and password from {@code FULCRUM_DB_USER}/{@code FULCRUM_DB_PASSWORD});
 * "today" from {@code FULCRUM_BENCH_TODAY}, else the system date as the CLI would use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {
    private Database database;
    private Workspace workspace;
    private LocalDate today;
    private ReportFacts facts;
    private final ReportRequest request = ReportRequest.all(Granularity.MONTH);

    @Setup(Level.Trial)
    public void open() {
        String url = System.getenv("FULCRUM_BENCH_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("set FULCRUM_BENCH_DB_URL to the JDBC URL of a generated workspace");
        }
        database = Databases.open(url, System.getenv("FULCRUM_DB_USER"), System.getenv("FULCRUM_DB_PASSWORD"));
        workspace = database.workspaces().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(url + " holds no workspace: run bench/report.sh first"));
        String fixed = System.getenv("FULCRUM_BENCH_TODAY");
        today = fixed == null || fixed.isBlank() ? LocalDate.now(workspace.zone()) : LocalDate.parse(fixed);
        facts = facts();
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    @Benchmark
    public ReportFacts facts() {
        return database.inTransaction(workspace.id(), store -> store.facts(null, today));
    }

    @Benchmark
    public LeverageReport compute() {
        return LeverageReports.compute(facts, request, today);
    }

    @Benchmark
    public LeverageReport factsAndCompute() {
        return LeverageReports.compute(facts(), request, today);
    }
}
