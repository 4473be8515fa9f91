package app.fulcrum.importer;

import app.fulcrum.domain.FulcrumException;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Streams a CSV file through FastCSV (RFC 4180: quoted fields, doubled quotes, embedded newlines; a
 * UTF-8/16 byte-order mark is detected and dropped) and hands each row to a format's reader; the only
 * CSV reader of the package. Every {@link BadValue} becomes an {@link ImportProblem} at the row's line
 * (and the cell's column) and reading goes on, so one run lists all bad rows; a record the CSV parser
 * itself rejects ends the file with a problem. Problems read "found X, expected Y".
 */
final class CsvTable {

    /** Reads the data rows of one file. */
    interface RowReader {
        void row(CsvRow row);

        /** Called after the last row, when the file had a readable header. */
        default void end() {
        }
    }

    /**
     * Sees the header, looks its columns up once ({@link CsvHeader#require}) and returns the reader for
     * the rows; throws {@link BadValue} for a header it cannot use.
     */
    interface HeaderReader {
        RowReader start(CsvHeader header);
    }

    private CsvTable() {
    }

    static void read(String file, InputStream content, RowSink sink, HeaderReader headerReader) throws IOException {
        read(file, content, ',', 0, sink, headerReader);
    }

    /**
     * Reads a file whose rows a format reads with the columns it looks up once in the header
     * ({@code columns}, e.g. a record of {@link CsvHeader#require} indexes).
     */
    static <C> void read(String file, InputStream content, char separator, RowSink sink,
                         Function<CsvHeader, C> columns, BiConsumer<CsvRow, C> rows) throws IOException {
        read(file, content, separator, 0, sink, header -> {
            C found = columns.apply(header);
            return row -> rows.accept(row, found);
        });
    }

    static void read(String file, InputStream content, char separator, int linesBeforeHeader, RowSink sink,
                     HeaderReader headerReader) throws IOException {
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true).ofCsvRecord(content, StandardCharsets.UTF_8);
        try (csv) {
            if (linesBeforeHeader > 0) {
                csv.skipLines(linesBeforeHeader);
            }
            new Pass(file, sink, csv.iterator()).run(headerReader);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static final class Pass {
        private final String file;
        private final RowSink sink;
        private final Iterator<CsvRecord> records;
        private int lastLine;

        Pass(String file, RowSink sink, Iterator<CsvRecord> records) {
            this.file = file;
            this.sink = sink;
            this.records = records;
        }

        void run(HeaderReader headerReader) {
            CsvRecord first = next();
            if (first == null) {
                if (lastLine == 0) {
                    sink.problem(new ImportProblem(file, 1, null, "found an empty file, expected a CSV header line"));
                }
                return;
            }
            CsvHeader header = new CsvHeader(first.getFields(), lastLine);
            RowReader reader = start(header, headerReader);
            if (reader == null) {
                return;
            }
            for (CsvRecord record = next(); record != null; record = next()) {
                readRow(header, reader, record);
            }
            if (lastLine >= 0) {
                try {
                    reader.end();
                } catch (BadValue p) {
                    sink.problem(p.at(file, header.line()));
                }
            }
        }

        /** The row reader, or null when the format cannot use the header (then reported). */
        private RowReader start(CsvHeader header, HeaderReader headerReader) {
            try {
                return headerReader.start(header);
            } catch (BadValue p) {
                sink.problem(p.at(file, header.line()));
                return null;
            }
        }

        private void readRow(CsvHeader header, RowReader reader, CsvRecord record) {
            if (record.getFieldCount() != header.size() && !fieldsFit(header, record.getFields())) {
                return;
            }
            try {
                reader.row(new CsvRow(header, record, lastLine));
            } catch (BadValue p) {
                sink.problem(p.at(file, lastLine));
            } catch (ArithmeticException | FulcrumException e) {
                sink.problem(new ImportProblem(file, lastLine, null, "found an amount Fulcrum cannot hold ("
                        + BadValue.shorten(String.valueOf(e.getMessage())) + "), expected an amount below 10^15"));
            }
        }

        /** Extra blank fields are fine; a blank line is skipped; fewer fields or extra values are a problem. */
        private boolean fieldsFit(CsvHeader header, List<String> fields) {
            if (fields.size() > header.size() && fields.subList(header.size(), fields.size()).stream().allMatch(String::isBlank)) {
                return true;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                sink.skipped(lastLine, "blank line");
            } else {
                sink.problem(new ImportProblem(file, lastLine, null, "found " + fields.size() + " fields, expected "
                        + header.size() + " as in the header on line " + header.line()));
            }
            return false;
        }

        /** The next record, or null at the end or after a malformed record (then lastLine is negative). */
        private CsvRecord next() {
            if (lastLine < 0) {
                return null;
            }
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CsvRecord record = records.next();
                lastLine = (int) Math.min(Integer.MAX_VALUE, record.getStartingLineNumber());
                return record;
            } catch (CsvParseException e) {
                String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                sink.problem(new ImportProblem(file, Math.max(1, lastLine + 1), null,
                        "found malformed CSV (" + BadValue.shorten(String.valueOf(reason))
                                + "), expected RFC 4180 CSV"));
                lastLine = -1;
                return null;
            }
        }
    }
}
