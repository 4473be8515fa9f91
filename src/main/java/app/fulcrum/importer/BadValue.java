package app.fulcrum.importer;

/**
 * Thrown inside a parser when one field cannot be read; the row loop turns it into an
 * {@link ImportProblem} ("found X, expected Y") and goes on with the next row. Never leaves the package.
 */
final class BadValue extends RuntimeException {
    private final String column;

    BadValue(String column, String found, String expected) {
        super("found " + describe(found) + ", expected " + expected);
        this.column = column;
    }

    /** The header name of the offending column, or null when the problem is the whole line. */
    String column() {
        return column;
    }

    private static String describe(String found) {
        if (found == null || found.isEmpty()) {
            return "nothing";
        }
        String shown = found.length() > 40 ? found.substring(0, 40) + "…" : found;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
