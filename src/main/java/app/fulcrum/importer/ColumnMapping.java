package app.fulcrum.importer;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of a sales CSV holds what, for platforms without a built-in format (Teachable, Kajabi,
 * Podia, Thinkific, a bank). Read from a mapping file of {@code key value} lines, {@code #} comments,
 * in the spirit of hledger's CSV rules; docs/generic-csv.md describes every key.
 * Column names are matched case-insensitively; value lists are comma-separated and case-insensitive.
 */
public record ColumnMapping(String source, String date, DateTimeFormatter dateFormat, ZoneId zone, String amount,
                            String fee, String net, String currencyColumn, Currency currency, String customer,
                            String product, String id, String description, String channel, String type,
                            Set<String> refundWhen, Set<String> skipWhen, Set<String> expenseWhen,
                            boolean negativeIsExpense, Character decimal, char separator, int skipLines) {
    static final List<String> KEYS = List.of("source", "date", "date-format", "timezone", "amount", "fee", "net",
            "currency", "currency-code", "customer", "product", "id", "description", "channel", "type", "refund-when",
            "skip-when", "expense-when", "negative", "decimal", "separator", "skip-lines");

    public ColumnMapping {
        if (date == null || amount == null) {
            throw new FulcrumException("a column mapping needs at least 'date' and 'amount' columns");
        }
        if (currencyColumn == null && currency == null) {
            throw new FulcrumException("a column mapping needs 'currency' (a column) or 'currency-code' (e.g. USD)");
        }
    }

    public static ColumnMapping read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses a mapping file; a bad line is a {@link FulcrumException} naming file, line and what was expected. */
    public static ColumnMapping parse(String fileName, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.replace("\ufeff", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String key = parts[0].toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new FulcrumException(fileName + ":" + (i + 1) + ": found key '" + parts[0] + "', expected one of "
                        + String.join(", ", KEYS));
            }
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new FulcrumException(fileName + ":" + (i + 1) + ": found no value after '" + key + "', expected one");
            }
            values.put(key, parts[1].strip());
        }
        try {
            return from(values);
        } catch (FulcrumException e) {
            throw new FulcrumException(fileName + ": " + e.getMessage());
        }
    }

    private static ColumnMapping from(Map<String, String> v) {
        return new ColumnMapping(v.getOrDefault("source", "csv"), v.get("date"), dateFormat(v.get("date-format")),
                zone(v.get("timezone")), v.get("amount"), v.get("fee"), v.get("net"), v.get("currency"),
                v.containsKey("currency-code") ? Money.currency(v.get("currency-code")) : null, v.get("customer"),
                v.get("product"), v.get("id"), v.get("description"), v.get("channel"), v.get("type"),
                list(v.get("refund-when")), list(v.get("skip-when")), list(v.get("expense-when")),
                negative(v.getOrDefault("negative", "refund")), decimal(v.get("decimal")),
                separator(v.getOrDefault("separator", ",")), skipLines(v.getOrDefault("skip-lines", "0")));
    }

    private static DateTimeFormatter dateFormat(String pattern) {
        try {
            return pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new FulcrumException("found date-format '" + pattern + "', expected a pattern such as "
                    + "yyyy-MM-dd HH:mm:ss or dd.MM.yyyy (" + e.getMessage() + ")");
        }
    }

    private static ZoneId zone(String text) {
        try {
            return text == null ? null : ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new FulcrumException("found timezone '" + text + "', expected a zone such as UTC or Europe/Berlin");
        }
    }

    private static Set<String> list(String text) {
        if (text == null) {
            return Set.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean negative(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "refund" -> false;
            case "expense" -> true;
            default -> throw new FulcrumException("found negative '" + text + "', expected refund or expense");
        };
    }

    private static Character decimal(String text) {
        if (text == null || text.equalsIgnoreCase("auto")) {
            return null;
        }
        if (text.equals(".") || text.equals(",")) {
            return text.charAt(0);
        }
        throw new FulcrumException("found decimal '" + text + "', expected . or , (or auto)");
    }

    private static char separator(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "tab", "\\t" -> '\t';
            case "|", "pipe" -> '|';
            default -> throw new FulcrumException("found separator '" + text + "', expected , ; tab or |");
        };
    }

    private static int skipLines(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FulcrumException("found skip-lines '" + text + "', expected a whole number from 0 to 1000");
    }
}
