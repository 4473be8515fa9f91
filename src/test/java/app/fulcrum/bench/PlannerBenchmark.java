package app.fulcrum.bench;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.planner.Baseline;
import app.fulcrum.domain.planner.Change;
import app.fulcrum.domain.planner.Distribution;
import app.fulcrum.domain.planner.NewStream;
import app.fulcrum.domain.planner.PlanOptions;
import app.fulcrum.domain.planner.PlanResult;
import app.fulcrum.domain.planner.Planner;
import app.fulcrum.domain.planner.Scenario;
import app.fulcrum.domain.planner.StreamBaseline;
import app.fulcrum.domain.planner.UnitsModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The planner's speed target (issue 4): 10,000 runs × 36 months × 10 streams in under 0.5 s after
 * warm-up on 2 cores, and 100,000 runs inside a 256 MB heap (the fork runs with -Xmx256m, so an
 * OutOfMemoryError fails the benchmark). Run with bench/plan.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class PlannerBenchmark {

    @Param({"10000", "100000"})
    int runs;

    Scenario scenario;

    @Setup
    public void setUp() {
        scenario = tenStreams();
    }

    @Benchmark
    public PlanResult plan() {
        return Planner.plan(scenario, new PlanOptions(runs, 36, 20261121L));
    }

    /** Eight running streams (one a membership with churn) and two added ones, Poisson noise everywhere. */
    static Scenario tenStreams() {
        var usd = Money.currency("USD");
        List<StreamBaseline> streams = new ArrayList<>();
        StreamKind[] kinds = {StreamKind.ONE_ON_ONE, StreamKind.RETAINER, StreamKind.GROUP, StreamKind.WORKSHOP,
                StreamKind.COURSE, StreamKind.PRODUCT, StreamKind.AFFILIATE, StreamKind.MEMBERSHIP};
        for (int i = 0; i < kinds.length; i++) {
            boolean membership = kinds[i] == StreamKind.MEMBERSHIP;
            streams.add(new StreamBaseline("Stream " + i, kinds[i], Money.ofMinor(5_000 + 2_500L * i, "USD"),
                    UnitsModel.poisson(membership ? 120 : 3 + 4 * i), 2 + i, i < 4 ? 1.0 : 0.05,
                    Money.ofMinor(0, "USD"), Money.ofMinor(2_000, "USD"), membership ? 0.05 : 0));
        }
        var baseline = new Baseline(usd, streams, Money.ofMinor(50_000, "USD"), 20, Money.ofMinor(12_000, "USD"));
        var course = new NewStream("New course", StreamKind.COURSE, Money.ofMinor(29_700, "USD"), new BigDecimal("3.5"),
                new Distribution.Triangular(80, 150, 300), 1, 4, new UnitsModel(new Distribution.Triangular(2, 8, 25), true),
                6, 0.1, 10, Money.ofMinor(30_000, "USD"), null, 0, 0.05);
        var community = new NewStream("Community", StreamKind.MEMBERSHIP, Money.ofMinor(4_900, "USD"), BigDecimal.ONE,
                new Distribution.Triangular(10, 20, 40), 3, 1, UnitsModel.poisson(15), 3, 0.02, 12, null, null, 0.06, 0.01);
        return new Scenario("bench", baseline, List.of(new Change.RaisePrice("Stream 0", BigDecimal.TEN, 0.8, 1),
                new Change.AddStream(course), new Change.AddStream(community)), 45.0, null);
    }
}
