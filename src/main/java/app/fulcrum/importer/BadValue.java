package app.fulcrum.importer;

/**
 * A value, cell, header or line that cannot be read. Thrown inside a parser and turned into an
 * {@link ImportProblem} by the loop that reads the file ({@link CsvTable} for CSV), which then goes on
 * with the next row, so parsers read values in straight-line code. Never leaves the package.
 * {@code column} is 1-based, or null when the problem is not (yet) placed in a column.
 */
final class BadValue extends RuntimeException {
    private static final int SHOWN = 60;

    private final Integer column;

    /** A value a value reader cannot take: "found 'x', expected y"; the CSV layer places it in its column. */
    BadValue(String found, String expected) {
        this((Integer) null, "found " + describe(found) + ", expected " + expected);
    }

    private BadValue(Integer column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    /** A problem stated in full, at a 1-based column or null for the whole row or header. */
    static BadValue of(Integer column, String message) {
        return new BadValue(column, message);
    }

    /** A cell the row reader rejects: "found 'x' in Name, expected y". */
    static BadValue inCell(int index, String name, String found, String expected) {
        String where = name == null ? "" : " in " + name;
        return new BadValue(index < 0 ? null : index + 1, "found " + describe(found) + where + ", expected " + expected);
    }

    /** This value problem placed in the cell at a 0-based index: "Name: found 'x', expected y". */
    BadValue inColumn(int index, String name) {
        if (index < 0 || column != null) {
            return this;
        }
        return new BadValue(index + 1, (name == null ? "" : name + ": ") + getMessage());
    }

    Integer column() {
        return column;
    }

    ImportProblem at(String file, int line) {
        return new ImportProblem(file, line, column, getMessage());
    }

    private static String describe(String found) {
        return found == null ? "nothing" : "'" + shorten(found) + "'";
    }

    /** Keeps messages one readable line even when a fuzzed value is megabytes of noise. */
    static String shorten(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\t]", " ").replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN - 3) + "...";
    }
}
