package app.fulcrum.app;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.importer.ImportProblem;

import java.util.List;

/**
 * An import that wrote nothing because some rows are bad: the first {@link #SHOWN} problems, each
 * {@code FILE:LINE[:COLUMN]: found X, expected Y}, and how many there were in all.
 */
public class ImportFailedException extends FulcrumException {
    public static final int SHOWN = 20;

    private final List<ImportProblem> problems;
    private final long total;

    public ImportFailedException(List<ImportProblem> problems, long total) {
        super(message(problems, total));
        this.problems = List.copyOf(problems.subList(0, Math.min(SHOWN, problems.size())));
        this.total = total;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public long total() {
        return total;
    }

    private static String message(List<ImportProblem> problems, long total) {
        StringBuilder text = new StringBuilder("nothing imported: " + total + (total == 1 ? " row is" : " rows are")
                + " not valid");
        problems.stream().limit(SHOWN).forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        if (total > SHOWN) {
            text.append(System.lineSeparator()).append("  … and ").append(total - SHOWN).append(" more");
        }
        return text.toString();
    }
}
