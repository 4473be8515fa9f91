package app.fulcrum.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * hledger and ledger timeclock files: {@code i DATE TIME ACCOUNT  DESCRIPTION} then {@code o DATE TIME}
 * ({@code O} is ledger's cleared clock-out). Dates use - / or . ; seconds are optional (hledger) and
 * a trailing offset is ignored, as hledger does: times are local to the import zone. The account
 * names the stream (see the mapping for {@code a:b:c} names). Following hledger 1.25, a second
 * clock-in before a clock-out is an error, and so is a clock-in never closed (hledger would count it
 * up to now, which is not a finished session). Identity: hash of account, start, end and description.
 */
public final class TimeclockFile implements SourceFormat {
    private static final Pattern ENTRY = Pattern.compile(
            "([iIoO])\\s+(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:[+-]\\d{4})?(?:\\s+(.*))?");
    private static final Pattern HEAD = Pattern.compile("(?m)^[iI] \\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2} \\d{1,2}:\\d{2}");

    private record ClockIn(int line, Instant start, String account, String description) {
    }

    @Override
    public String id() {
        return "timeclock";
    }

    @Override
    public String description() {
        return "hledger / ledger timeclock file";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".timeclock") || HEAD.matcher(head).find();
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        try (TextLines lines = new TextLines(content)) {
            ClockIn open = null;
            for (String text = lines.next(); text != null; text = lines.next()) {
                String trimmed = text.strip();
                if (trimmed.isEmpty() || "#;*".indexOf(trimmed.charAt(0)) >= 0) {
                    continue;
                }
                try {
                    open = readLine(trimmed, lines.number(), open, fileName, options, sink);
                } catch (BadValue e) {
                    sink.problem(new ImportProblem(fileName, lines.number(), null, e.getMessage()));
                }
            }
            if (open != null) {
                sink.problem(new ImportProblem(fileName, open.line(), null,
                        "found a clock-in with no clock-out, expected an 'o' line before the end of the file"));
            }
        }
    }

    private static ClockIn readLine(String text, int number, ClockIn open, String fileName, ParseOptions options,
                                    RowSink sink) {
        Matcher m = ENTRY.matcher(text);
        if (!m.matches()) {
            throw new BadValue(text, "'i DATE TIME ACCOUNT' or 'o DATE TIME'");
        }
        LocalDate date = DateTimeText.date(m.group(2), DateOrder.MONTH_FIRST);
        LocalTime time = DateTimeText.time(m.group(3));
        Instant at = DateTimeText.instant(date, time, options.zone());
        boolean clockIn = m.group(1).equalsIgnoreCase("i");
        if (clockIn) {
            if (open != null) {
                throw new BadValue("a second clock-in", "'o' closing the clock-in of line " + open.line());
            }
            String rest = m.group(4) == null ? "" : m.group(4).strip();
            if (rest.isEmpty()) {
                throw new BadValue(text, "an account name after the clock-in time");
            }
            String[] parts = rest.split("\\s{2,}|\\t", 2);
            return new ClockIn(number, at, parts[0].strip(), parts.length > 1 ? parts[1].strip() : null);
        }
        if (open == null) {
            throw new BadValue("a clock-out with no clock-in", "an 'i' line before it");
        }
        if (at.isBefore(open.start())) {
            throw new BadValue(at.toString(), "a clock-out at or after the clock-in " + open.start());
        }
        long seconds = Duration.between(open.start(), at).getSeconds();
        String id = ContentId.CASE_INSENSITIVE.of("timeclock", open.account(), open.start().toString(), at.toString(),
                open.description());
        sink.row(new ImportedTime(open.line(), id, open.account(), null, null, null, null, null, open.start(),
                seconds, open.description()));
        return null;
    }
}
