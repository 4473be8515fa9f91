package app.fulcrum.domain.report;

import app.fulcrum.domain.FulcrumException;

import java.time.LocalDate;

/**
 * What a person asked for: {@code from}/{@code to} inclusive local dates (null = from the first data /
 * up to today), the bucket size, and optionally one stream by name (case-insensitive) or id.
 */
public record ReportRequest(LocalDate from, LocalDate to, Granularity by, String stream) {
    public ReportRequest {
        if (by == null) {
            by = Granularity.MONTH;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new FulcrumException("--to " + to + " is before --from " + from + ": expected an end on or after the start");
        }
        if (stream != null && stream.isBlank()) {
            stream = null;
        }
    }

    public static ReportRequest all(Granularity by) {
        return new ReportRequest(null, null, by, null);
    }
}
