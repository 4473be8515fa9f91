package app.fulcrum.storage;

/**
 * Rows in PostgreSQL's COPY text format: columns separated by tabs, rows ended by a newline, NULL
 * written {@code \N}, and backslash, tab, newline and carriage return escaped with a backslash (the
 * format's rules, PostgreSQL manual "COPY", "Text Format"). A binder must set the columns of a row in
 * order, starting at 1, without gaps; anything else is a programming error and throws.
 */
final class CopyText implements Params {
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int next = 1;

    /** Ends the current row; the next binder call starts a new one at position 1. */
    void endRow() {
        text.setCharAt(text.length() - 1, '\n');
        next = 1;
    }

    int length() {
        return text.length();
    }

    /** The text so far, then forgets it. */
    String take() {
        String all = text.toString();
        text.setLength(0);
        return all;
    }

    @Override
    public void setLong(int at, long value) {
        column(at).append(value).append('\t');
    }

    @Override
    public void setInt(int at, int value) {
        column(at).append(value).append('\t');
    }

    @Override
    public void setBoolean(int at, boolean value) {
        column(at).append(value ? 't' : 'f').append('\t');
    }

    @Override
    public void setText(int at, String value) {
        column(at);
        if (value == null) {
            text.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
        text.append('\t');
    }

    @Override
    public void setBigint(int at, Long value) {
        if (value == null) {
            column(at).append("\\N\t");
        } else {
            setLong(at, value);
        }
    }

    @Override
    public void setInteger(int at, Integer value) {
        if (value == null) {
            column(at).append("\\N\t");
        } else {
            setInt(at, value);
        }
    }

    private StringBuilder column(int at) {
        if (at != next) {
            throw new IllegalStateException("COPY columns must be set in order: expected " + next + ", got " + at);
        }
        next++;
        return text;
    }
}
