package app.fulcrum.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a CSV file: column names (trimmed, matched case-insensitively) and the line it sits on.
 * Columns are looked up by name, never by position, because every platform lets users add, drop and
 * reorder columns. Column indexes here are 0-based; problems report them 1-based.
 */
final class CsvHeader {
    static final int ABSENT = -1;

    private final List<String> names;
    private final int line;

    CsvHeader(List<String> names, int line) {
        this.names = names.stream().map(String::strip).toList();
        this.line = line;
    }

    List<String> names() {
        return names;
    }

    int line() {
        return line;
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return index >= 0 && index < names.size() ? names.get(index) : null;
    }

    /** The index of the first column named any of {@code candidates}, or {@link #ABSENT}. */
    int find(String... candidates) {
        for (String candidate : candidates) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(candidate)) {
                    return i;
                }
            }
        }
        return ABSENT;
    }

    /** Like {@link #find}, but a missing column is a problem on the header line. */
    int require(String... candidates) {
        int index = find(candidates);
        if (index == ABSENT) {
            throw new CellProblem(null, "found no column named '" + candidates[0] + "' in the header, expected one"
                    + (candidates.length > 1 ? " (or " + String.join(", ", List.of(candidates).subList(1, candidates.length)) + ")" : "")
                    + " because this format needs it");
        }
        return index;
    }

    /** The first column whose name matches {@code pattern} entirely (e.g. {@code Amount \((\w*)\)}), or null. */
    Matcher findMatching(Pattern pattern) {
        for (String name : names) {
            Matcher m = pattern.matcher(name);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /** The lower-case column names of the first line of {@code head}, for format detection; empty if unreadable. */
    static Set<String> namesIn(String head) {
        String first = head.lines().findFirst().orElse("");
        try {
            return CsvReader.builder().ofSingleCsvRecord(first).getFields().stream()
                    .map(name -> name.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (CsvParseException e) {
            return Set.of();
        }
    }
}
