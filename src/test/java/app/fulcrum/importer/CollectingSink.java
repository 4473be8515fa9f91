package app.fulcrum.importer;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything a parser reports, in order, for assertions. */
final class CollectingSink implements RowSink {
    final List<ImportedRow> rows = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    @Override
    public void row(ImportedRow row) {
        rows.add(row);
    }

    @Override
    public void skipped(int line, String reason) {
        skipped.add(line + ": " + reason);
    }

    @Override
    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    List<ImportedMoney> money() {
        return rows.stream().map(ImportedMoney.class::cast).toList();
    }

    ImportedMoney money(String externalId) {
        return money().stream().filter(m -> m.externalId().equals(externalId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + externalId + " in " + rows));
    }

    List<String> problemTexts() {
        return problems.stream().map(ImportProblem::toString).toList();
    }
}
