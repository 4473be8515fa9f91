package app.fulcrum.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams a CSV export through FastCSV (RFC 4180: quotes, doubled quotes, embedded newlines; a
 * UTF-8 BOM is dropped). The first record is the header. Each data row goes to a {@link Reader};
 * a {@link BadValue} it throws, a wrong field count or broken quoting becomes an
 * {@link ImportProblem} with file, line and column, and reading goes on.
 */
public final class CsvRecords {

    /** Reads one data row and reports it to the sink (a row or a skip); throws BadValue for bad fields. */
    @FunctionalInterface
    public interface Reader {
        void read(CsvLine line, RowSink sink);
    }

    private CsvRecords() {
    }

    public static void read(String fileName, InputStream content, char separator, List<String> requiredColumns,
                            RowSink sink, Reader reader) throws IOException {
        var builder = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true).skipEmptyLines(true)
                .allowMissingFields(true).allowExtraFields(true);
        long lastLine = 1;
        try (CsvReader<CsvRecord> csv = builder.ofCsvRecord(content, StandardCharsets.UTF_8)) {
            CsvColumns header = null;
            for (CsvRecord record : csv) {
                lastLine = record.getStartingLineNumber();
                if (header == null) {
                    header = new CsvColumns(record.getFields());
                    if (!hasRequired(fileName, header, requiredColumns, sink)) {
                        return;
                    }
                    continue;
                }
                readRow(fileName, new CsvLine(header, record), sink, reader);
            }
            if (header == null) {
                sink.problem(new ImportProblem(fileName, 1, null, "found an empty file, expected a CSV header line"));
            }
        } catch (CsvParseException | UncheckedIOException e) {
            if (e.getCause() instanceof IOException io && !(io instanceof java.nio.charset.CharacterCodingException)) {
                throw io;
            }
            sink.problem(new ImportProblem(fileName, (int) Math.min(Integer.MAX_VALUE, lastLine + 1), null,
                    "found broken CSV (" + e.getMessage() + "), expected RFC 4180 fields"));
        }
    }

    private static boolean hasRequired(String fileName, CsvColumns header, List<String> required, RowSink sink) {
        List<String> missing = required.stream().filter(c -> !header.has(c)).toList();
        if (!missing.isEmpty()) {
            sink.problem(new ImportProblem(fileName, 1, null, "found a header without " + String.join(", ", missing)
                    + ", expected columns " + String.join(", ", required)));
            return false;
        }
        return true;
    }

    private static void readRow(String fileName, CsvLine line, RowSink sink, Reader reader) {
        if (line.fieldCount() != line.header().size()) {
            if (line.fieldCount() == 1 && line.at(0) == null) {
                sink.skipped(line.line(), "blank line");
                return;
            }
            sink.problem(new ImportProblem(fileName, line.line(), null, "found " + line.fieldCount()
                    + " fields, expected " + line.header().size() + " as in the header"));
            return;
        }
        try {
            reader.read(line, sink);
        } catch (BadValue e) {
            Integer column = e.column() == null ? null : line.header().columnNumber(e.column());
            String where = e.column() == null ? "" : line.header().nameOf(e.column()) + ": ";
            sink.problem(new ImportProblem(fileName, line.line(), column, where + e.getMessage()));
        }
    }
}
