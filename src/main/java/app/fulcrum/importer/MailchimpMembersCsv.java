package app.fulcrum.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mailchimp's audience export: {@code subscribed_members_export_<list>.csv} from the export ZIP.
 *
 * <p>Design note (FORMATS.md §11). The subscribed file lists everyone on the list when it was exported,
 * so its row count is the list size. The file does not say when it was exported; every member's
 * CONFIRM_TIME, OPTIN_TIME and LAST_CHANGED happened before the export, so the latest of them is the
 * snapshot date (a lower bound, exact when the list changed on the export day). Times are UTC
 * (unverified; Mailchimp writes no offset) and the date is taken in the import's zone. The
 * unsubscribed and cleaned files list people no longer on the list: their rows are skipped. The id is
 * the list's hash from the file name plus the date, so re-importing the same export adds nothing.
 */
public final class MailchimpMembersCsv implements SourceFormat {
    private static final Pattern LIST_ID = Pattern.compile("members_export_([0-9A-Za-z]+)");

    @Override
    public String id() {
        return "mailchimp";
    }

    @Override
    public String description() {
        return "Mailchimp subscribed-members export CSV (list size)";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        CsvHeader header = CsvHeader.ofHead(head, ',');
        return header.has("email address") && (header.has("leid") || header.has("member_rating"));
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        Matcher list = LIST_ID.matcher(fileName);
        String listId = list.find() ? list.group(1) : null;
        CsvTable.read(fileName, content, sink, header -> {
            int gone = header.find("UNSUB_TIME", "CLEAN_TIME");
            if (gone != CsvHeader.ABSENT) {
                String who = header.name(gone).startsWith("UNSUB") ? "unsubscribed" : "cleaned";
                return row -> sink.skipped(row.line(), "Mailchimp " + who + " member: not on the list");
            }
            return new Members(header, listId, options.zone(), sink);
        });
    }

    private static final class Members implements CsvTable.RowReader {
        private final CsvHeader header;
        private final int email;
        private final int[] times;
        private final String listId;
        private final ZoneId zone;
        private final RowSink sink;
        private long count;
        private LocalDateTime latest;

        Members(CsvHeader header, String listId, ZoneId zone, RowSink sink) {
            this.header = header;
            this.email = header.require("Email Address");
            this.times = new int[]{header.find("CONFIRM_TIME"), header.find("OPTIN_TIME"), header.find("LAST_CHANGED")};
            this.listId = listId;
            this.zone = zone;
            this.sink = sink;
        }

        @Override
        public void row(CsvRow row) {
            row.required(email, "the member's email address");
            for (int column : times) {
                if (!row.isBlank(column)) {
                    LocalDateTime at = row.dateTime(column, DateTimeText.Iso.DATE_TIME, "2024-03-01 09:01:44");
                    latest = latest == null || at.isAfter(latest) ? at : latest;
                }
            }
            count++;
        }

        @Override
        public void end() {
            if (latest == null) {
                throw BadValue.of(null, "found no member with a CONFIRM_TIME, OPTIN_TIME or LAST_CHANGED, expected "
                        + "at least one to date the export");
            }
            var date = latest.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
            String id = "list-size:" + (listId == null ? "" : listId.toLowerCase(Locale.ROOT) + ":") + date;
            sink.row(new ImportedAudience(header.line(), id, date, count, null));
        }
    }
}
