package app.fulcrum.app;

import app.fulcrum.domain.Activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What {@code fulcrum import} was asked: the files, {@code --format} (null/"auto" = detect), the rules
 * file's name and text (null = the rules stored in the workspace, if any), {@code --stream} (every row to
 * that stream), {@code --activity} (default for rows no tag, task or rule places), {@code --timezone}
 * (null = the workspace's), {@code --locale}, {@code --dry-run}, {@code --create-streams}, and
 * {@code now}, which bounds recurring calendar events.
 */
public record ImportRequest(List<ImportInput> files, String format, String rulesName, String rulesText,
                            String stream, Activity activity, ZoneId zone, Locale locale, boolean dryRun,
                            boolean createStreams, Instant now) {
    public ImportRequest {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("at least one file to import");
        }
        activity = activity == null ? Activity.DELIVERY : activity;
    }
}
