package app.fulcrum.cli;

import app.fulcrum.domain.ReportFacts;
import app.fulcrum.domain.ladder.Ladder;
import app.fulcrum.cli.render.LadderJson;
import app.fulcrum.cli.render.LadderTable;
import app.fulcrum.domain.ladder.LadderAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code fulcrum ladder}: the current rung, the next rung's checks and the foundation's. */
@Command(name = "ladder", mixinStandardHelpOptions = true,
        description = {"Which rung of the leverage ladder the business stands on (one-on-one, group, course/product,",
                "membership), and for the next rung every readiness check as pass, fail or unknown, with the",
                "measured value, the threshold, where the data came from and why it matters.",
                "Thresholds are workspace settings: see 'fulcrum settings list'."})
final class LadderCommand implements Callable<Integer> {
    enum Format { table, json }

    private final CliContext context;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    LadderCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate today = context.today(context.workspace().zone());
        ReportFacts facts = context.inWorkspace(store -> store.facts(null, today));
        LadderAssessment assessment = Ladder.assess(facts, today);
        if (format == Format.json) {
            context.out().println(LadderJson.of(assessment));
        } else {
            context.out().print(LadderTable.render(assessment));
        }
        return 0;
    }
}
