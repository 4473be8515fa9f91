package app.fulcrum.importer;

import de.siegmar.fastcsv.reader.CsvReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a CSV file: column names (trimmed, matched case-insensitively, because exporters change
 * capitalisation over time) and the line it sits on. Formats look columns up by name once, when the
 * header is read, never by position, because every platform lets users add, drop and reorder columns;
 * rows are then read by index. Indexes here are 0-based; problems report columns 1-based.
 */
final class CsvHeader {
    static final int ABSENT = -1;

    private final List<String> names;
    private final int line;
    private final Map<String, Integer> index = new HashMap<>();

    CsvHeader(List<String> names, int line) {
        List<String> stripped = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            stripped.add(names.get(i).strip());
            index.putIfAbsent(key(names.get(i)), i);
        }
        this.names = List.copyOf(stripped);
        this.line = line;
    }

    /** The header of a file head (BOM already stripped): its first line, split by {@code separator}. */
    static CsvHeader ofHead(String head, char separator) {
        int end = head.indexOf('\n');
        String first = end < 0 ? head : head.substring(0, end);
        first = first.endsWith("\r") ? first.substring(0, first.length() - 1) : first;
        List<String> fields = new ArrayList<>();
        try (var reader = CsvReader.builder().fieldSeparator(separator).allowUnclosedQuote(true)
                .allowExtraCharsAfterClosingQuote(true).ofCsvRecord(first)) {
            reader.stream().findFirst().ifPresent(r -> fields.addAll(r.getFields()));
        } catch (IOException | RuntimeException e) {
            return new CsvHeader(List.of(), 1);
        }
        return new CsvHeader(fields, 1);
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

    String name(int column) {
        return column >= 0 && column < names.size() ? names.get(column) : null;
    }

    /** True when every one of {@code columns} is in the header. */
    boolean has(String... columns) {
        for (String column : columns) {
            if (!index.containsKey(key(column))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first of {@code candidates} the header has, or {@link #ABSENT}. */
    int find(String... candidates) {
        for (String candidate : candidates) {
            Integer at = index.get(key(candidate));
            if (at != null) {
                return at;
            }
        }
        return ABSENT;
    }

    /** Like {@link #find}, but a missing column is a problem on the header line, and no row is read. */
    int require(String... candidates) {
        int at = find(candidates);
        if (at == ABSENT) {
            throw BadValue.of(null, "found no column named '" + candidates[0] + "' in the header, expected one"
                    + (candidates.length == 1 ? "" : " (or " + String.join(", ",
                    List.of(candidates).subList(1, candidates.length)) + ")") + " because this format needs it");
        }
        return at;
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

    private static String key(String name) {
        String stripped = name.strip();
        if (!stripped.isEmpty() && stripped.charAt(0) == '\ufeff') {
            stripped = stripped.substring(1).strip();
        }
        return stripped.toLowerCase(Locale.ROOT);
    }
}
