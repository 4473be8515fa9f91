package app.fulcrum.export;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.TimeEntry;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The time of a workspace as an hledger timeclock file: one {@code i}/{@code o} pair per time entry on
 * the account {@code time:<stream|overhead>:<activity>:<person>}, so {@code hledger bal --depth 2 time}
 * gives hours per stream, depth 3 per activity, depth 4 per person.
 *
 * <p>Design note. hledger reads timeclock times as local and ignores any offset, so times are written
 * in the workspace's zone; the clock-out is the clock-in plus the exact duration on the local clock,
 * which keeps every duration exact across a daylight-saving change. hledger splits a session at
 * midnight and rounds each day's piece to 0.01 h (half-even); Fulcrum keeps exact seconds, so a
 * per-stream total can differ by up to 0.005 h per piece, and not at all for whole quarter hours.
 * hledger 1.25 refuses a second clock-in before a clock-out, so pairs are written one after the other.
 */
public final class HledgerTimeclock {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private HledgerTimeclock() {
    }

    public static String of(WorkspaceSnapshot snapshot) {
        HledgerAccounts accounts = HledgerAccounts.of(snapshot.streams(), snapshot.people());
        ZoneId zone = snapshot.workspace().zone();
        Map<Long, String> names = snapshot.people().stream().collect(Collectors.toMap(Person::id, Person::name));
        StringBuilder out = new StringBuilder("; Fulcrum workspace \"")
                .append(HledgerJournal.clean(snapshot.workspace().name()))
                .append("\": hours per stream, activity and person, local times in ").append(zone).append(".\n");
        snapshot.timeEntries().stream()
                .sorted(Comparator.comparing(TimeEntry::start).thenComparingLong(TimeEntry::id))
                .forEach(entry -> {
                    LocalDateTime in = LocalDateTime.ofInstant(entry.start(), zone);
                    LocalDateTime outAt = in.plusSeconds(entry.durationSeconds());
                    String who = names.getOrDefault(entry.personId(), "person " + entry.personId());
                    String note = entry.note() == null ? "" : ": " + entry.note();
                    out.append("i ").append(STAMP.format(in)).append(' ')
                            .append(accounts.time(entry.streamId(), entry.activity(), entry.personId()))
                            .append("  ").append(HledgerJournal.clean(who + note)).append('\n')
                            .append("o ").append(STAMP.format(outAt)).append('\n');
                });
        return out.toString();
    }
}
