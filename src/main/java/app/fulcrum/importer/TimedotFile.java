package app.fulcrum.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * hledger timedot: a date line (optionally followed by a description and a {@code ; comment}), then
 * {@code account  amount} lines where the amount is dots (each a quarter hour, spaces ignored),
 * decimal hours, or a number with a unit s, m, h, d (24 h), w (7 d), mo (30 d), y (365 d), as in
 * hledger's manual. Lines starting with #, ; or * (org headlines) are comments. Timedot has no time of
 * day: an entry starts at midnight of its date in the import zone. Identity: date, account, amount
 * and the entry's count among equal ones that day (so two identical lines stay two entries).
 */
public final class TimedotFile implements SourceFormat {
    private static final Pattern DATE_LINE = Pattern.compile("(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})(?:\\s+(.*))?");
    private static final Pattern ENTRY = Pattern.compile("(\\S.*?)(?:\\s{2,}|\\t)\\s*(.*)");
    private static final Pattern UNIT_AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|m|h|d|w|mo|y)?");
    private static final Pattern HEAD = Pattern.compile("(?m)^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}.*\\R\\S.*(\\s{2,}|\\t)[.\\d]");

    @Override
    public String id() {
        return "timedot";
    }

    @Override
    public String description() {
        return "hledger timedot file";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".timedot") || HEAD.matcher(head).find();
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        try (TextLines lines = new TextLines(content)) {
            LocalDate day = null;
            Map<String, Integer> seen = new HashMap<>();
            for (String text = lines.next(); text != null; text = lines.next()) {
                String trimmed = text.strip();
                if (trimmed.isEmpty() || "#;*".indexOf(trimmed.charAt(0)) >= 0) {
                    continue;
                }
                try {
                    Matcher date = DATE_LINE.matcher(trimmed);
                    if (Character.isDigit(text.charAt(0)) && date.matches()) {
                        day = DateTimeText.date(date.group(1), DateOrder.MONTH_FIRST);
                        seen.clear();
                    } else if (day == null) {
                        throw new BadValue(trimmed, "a date line such as 2024-03-04 before the first entry");
                    } else {
                        readEntry(trimmed, lines.number(), day, seen, options, sink);
                    }
                } catch (BadValue e) {
                    sink.problem(new ImportProblem(fileName, lines.number(), null, e.getMessage()));
                }
            }
        }
    }

    private static void readEntry(String text, int line, LocalDate day, Map<String, Integer> seen,
                                  ParseOptions options, RowSink sink) {
        Matcher m = ENTRY.matcher(text);
        String account = m.matches() ? m.group(1).strip() : text;
        String amount = m.matches() ? stripComment(m.group(2)) : "";
        long seconds = amount.isEmpty() ? 0 : seconds(amount);
        if (seconds == 0) {
            sink.skipped(line, "no time logged for " + account);
            return;
        }
        String key = account.toLowerCase(Locale.ROOT) + "|" + seconds;
        int occurrence = seen.merge(key, 1, Integer::sum);
        String id = ContentId.CASE_INSENSITIVE.of("timedot", day.toString(), account, Long.toString(seconds),
                Integer.toString(occurrence));
        sink.row(new ImportedTime(line, id, account, null, null, null, null, null,
                DateTimeText.instant(day, LocalTime.MIDNIGHT, options.zone()), seconds, null));
    }

    private static String stripComment(String amount) {
        int semicolon = amount.indexOf(';');
        return (semicolon < 0 ? amount : amount.substring(0, semicolon)).strip();
    }

    static long seconds(String amount) {
        String compact = amount.replace(" ", "");
        if (compact.chars().allMatch(c -> c == '.')) {
            return compact.length() * 900L;
        }
        Matcher m = UNIT_AMOUNT.matcher(compact);
        if (!m.matches()) {
            throw new BadValue(amount, "dots (a quarter hour each), hours such as 1.75, or 90m");
        }
        BigDecimal value = new BigDecimal(m.group(1));
        long unit = switch (m.group(2) == null ? "h" : m.group(2)) {
            case "s" -> 1;
            case "m" -> 60;
            case "d" -> 86_400;
            case "w" -> 604_800;
            case "mo" -> 2_592_000;
            case "y" -> 31_536_000;
            default -> 3600;
        };
        BigDecimal seconds = value.multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.HALF_EVEN);
        if (seconds.compareTo(BigDecimal.valueOf(100_000L * 3600)) > 0) {
            throw new BadValue(amount, "fewer than 100000 hours");
        }
        return seconds.longValueExact();
    }
}
