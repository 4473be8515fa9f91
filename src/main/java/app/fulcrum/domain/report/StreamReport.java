package app.fulcrum.domain.report;

import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;

import java.util.List;

/** One stream: its figures over the whole period ({@code total}) and per bucket, in date order. */
public record StreamReport(long id, String name, StreamKind kind, StreamStatus status, StreamFigures total,
                           List<StreamFigures> buckets) {
    public StreamReport {
        buckets = List.copyOf(buckets);
    }
}
