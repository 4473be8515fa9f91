package app.fulcrum.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV header: column names as written, looked up case-insensitively and trimmed, because
 * exporters change capitalisation over time ("First Name" / "First name").
 */
public final class CsvColumns {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    /** Lookups by the exact name a format asks for, so a million rows do not lower-case names a million times. */
    private final Map<String, Integer> asked = new HashMap<>();

    public CsvColumns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    /** Parses a header line the way the file will be read (RFC 4180, the given separator). */
    public static CsvColumns of(String firstLine, char separator) {
        List<String> fields = new ArrayList<>();
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().fieldSeparator(separator)
                .allowUnclosedQuote(true).allowExtraCharsAfterClosingQuote(true).ofCsvRecord(firstLine)) {
            reader.stream().findFirst().ifPresent(r -> fields.addAll(r.getFields()));
        } catch (java.io.IOException | RuntimeException e) {
            return new CsvColumns(List.of());
        }
        return new CsvColumns(fields);
    }

    /** The header of a file head (BOM already stripped): its first line, split by {@code separator}. */
    public static CsvColumns ofHead(String head, char separator) {
        int end = head.indexOf('\n');
        String first = end < 0 ? head : head.substring(0, end);
        return of(first.endsWith("\r") ? first.substring(0, first.length() - 1) : first, separator);
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public boolean has(String column) {
        return index.containsKey(key(column));
    }

    public boolean hasAll(String... columns) {
        for (String column : columns) {
            if (!has(column)) {
                return false;
            }
        }
        return true;
    }

    /** 0-based position, or -1. */
    public int indexOf(String column) {
        Integer known = asked.get(column);
        if (known == null) {
            known = index.getOrDefault(key(column), -1);
            asked.put(column, known);
        }
        return known;
    }

    /** 1-based column number for messages, or null when absent. */
    public Integer columnNumber(String column) {
        int i = indexOf(column);
        return i < 0 ? null : i + 1;
    }

    /** The name as the file writes it (for messages), else the name asked for. */
    public String nameOf(String column) {
        int i = indexOf(column);
        return i < 0 ? column : names.get(i).strip();
    }

    /** The first column whose name matches, e.g. {@code Amount \((\w*)\)} → "Amount (USD)". */
    public Optional<Matcher> findMatching(Pattern pattern) {
        for (String name : names) {
            Matcher m = pattern.matcher(name.strip());
            if (m.matches()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static String key(String name) {
        String stripped = name.strip();
        if (!stripped.isEmpty() && stripped.charAt(0) == '\ufeff') {
            stripped = stripped.substring(1);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }
}
