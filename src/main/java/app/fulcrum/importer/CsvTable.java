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

/**
 * Streams a CSV file through FastCSV (RFC 4180: quoted fields, doubled quotes, embedded newlines; a
 * UTF-8/16 byte-order mark is detected and dropped) and hands each row to a format's reader.
 * Turns every {@link CellProblem} into an {@link ImportProblem} at the row's line and goes on, so one
 * run lists all bad rows; a record the CSV parser itself rejects ends the file with a problem.
 */
final class CsvTable {

    /** Reads the data rows of one file. */
    interface RowReader {
        void row(CsvRow row);

        /** Called after the last row, when the file had a readable header. */
        default void end() {
        }
    }

    /** Sees the header and returns the reader for the rows; throws {@link CellProblem} for a header it cannot use. */
    interface HeaderReader {
        RowReader start(CsvHeader header);
    }

    private CsvTable() {
    }

    static void read(String file, InputStream content, RowSink sink, HeaderReader headerReader) throws IOException {
        read(file, content, ',', 0, sink, headerReader);
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
                    sink.problem(new ImportProblem(file, 1, null, "found an empty file, expected a header line"));
                }
                return;
            }
            CsvHeader header = new CsvHeader(first.getFields(), lastLine);
            RowReader reader;
            try {
                reader = headerReader.start(header);
            } catch (CellProblem p) {
                sink.problem(p.at(file, header.line()));
                return;
            }
            for (CsvRecord record = next(); record != null; record = next()) {
                readRow(header, reader, record);
            }
            if (lastLine >= 0) {
                try {
                    reader.end();
                } catch (CellProblem p) {
                    sink.problem(p.at(file, header.line()));
                }
            }
        }

        private void readRow(CsvHeader header, RowReader reader, CsvRecord record) {
            List<String> fields = record.getFields();
            if (fields.size() < header.size() || (fields.size() > header.size()
                    && fields.subList(header.size(), fields.size()).stream().anyMatch(f -> !f.isBlank()))) {
                sink.problem(new ImportProblem(file, lastLine, null, "found " + fields.size() + " fields, expected "
                        + header.size() + " as in the header on line " + header.line()));
                return;
            }
            try {
                reader.row(new CsvRow(header, fields, lastLine));
            } catch (CellProblem p) {
                sink.problem(p.at(file, lastLine));
            } catch (ArithmeticException | FulcrumException e) {
                sink.problem(new ImportProblem(file, lastLine, null, "found an amount Fulcrum cannot hold ("
                        + CellProblem.shorten(String.valueOf(e.getMessage())) + "), expected an amount below 10^15"));
            }
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
                        "found malformed CSV (" + CellProblem.shorten(String.valueOf(reason))
                                + "), expected RFC 4180 CSV"));
                lastLine = -1;
                return null;
            }
        }
    }
}
