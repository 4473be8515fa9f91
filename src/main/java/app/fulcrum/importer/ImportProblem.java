package app.fulcrum.importer;

/** A row the import cannot take: where (file, 1-based line, 1-based column or null) and what was expected. */
public record ImportProblem(String file, int line, Integer column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : ":" + column) + ": " + message;
    }
}
