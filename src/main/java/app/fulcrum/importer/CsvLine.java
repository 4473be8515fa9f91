package app.fulcrum.importer;

import de.siegmar.fastcsv.reader.CsvRecord;

/** One data row of a CSV file, read by header name. Empty and absent fields are both null. */
public final class CsvLine {
    private final CsvColumns header;
    private final CsvRecord record;

    CsvLine(CsvColumns header, CsvRecord record) {
        this.header = header;
        this.record = record;
    }

    /** The 1-based physical line the row starts on. */
    public int line() {
        return (int) Math.min(Integer.MAX_VALUE, record.getStartingLineNumber());
    }

    public CsvColumns header() {
        return header;
    }

    /** The trimmed value of a column, or null when the column is absent or the field is blank. */
    public String text(String column) {
        int index = header.indexOf(column);
        return index < 0 ? null : at(index);
    }

    /** The trimmed value at a 0-based position, or null when blank or past the end. */
    public String at(int index) {
        if (index < 0 || index >= record.getFieldCount()) {
            return null;
        }
        String value = record.getField(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** Like {@link #text} but a blank value is a problem in that column. */
    public String required(String column) {
        String value = text(column);
        if (value == null) {
            throw new BadValue(column, null, "a value in column '" + header.nameOf(column) + "'");
        }
        return value;
    }

    int fieldCount() {
        return record.getFieldCount();
    }
}
