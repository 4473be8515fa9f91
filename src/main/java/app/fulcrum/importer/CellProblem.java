package app.fulcrum.importer;

/**
 * A cell (or a header) that cannot be read: thrown inside a CSV row handler and turned into an
 * {@link ImportProblem} by {@link CsvTable}, so parsers read cells in straight-line code.
 * {@code column} is 1-based, or null when the problem is the row as a whole.
 */
final class CellProblem extends RuntimeException {
    private final Integer column;

    CellProblem(Integer column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    static CellProblem found(Integer column, String columnName, String found, String expected) {
        String where = columnName == null ? "" : " in " + columnName;
        return new CellProblem(column, "found '" + shorten(found) + "'" + where + ", expected " + expected);
    }

    Integer column() {
        return column;
    }

    ImportProblem at(String file, int line) {
        return new ImportProblem(file, line, column, getMessage());
    }

    /** Keeps messages one readable line even when a fuzzed cell is megabytes of noise. */
    static String shorten(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
