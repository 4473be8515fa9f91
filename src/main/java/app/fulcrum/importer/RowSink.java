package app.fulcrum.importer;

/**
 * Receives a file's rows as they are parsed, so a million-row file never sits in memory.
 * A parser reports every row as exactly one of: a row, a skip (a row that is not data for Fulcrum,
 * with the reason, e.g. "Failed payment" or "Totals row"), or a problem (bad input).
 */
public interface RowSink {
    void row(ImportedRow row);

    void skipped(int line, String reason);

    void problem(ImportProblem problem);
}
