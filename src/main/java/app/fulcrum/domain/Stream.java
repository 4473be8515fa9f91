package app.fulcrum.domain;

import java.math.BigDecimal;

/**
 * A way the business earns. {@code listPrice}, {@code capacityHoursPerWeek} and {@code capacitySeats}
 * are optional (null when unknown). Capacity hours matter for one-on-one utilization.
 */
public record Stream(long id, String name, StreamKind kind, Money listPrice, BigDecimal capacityHoursPerWeek,
                     Integer capacitySeats, StreamStatus status) {
    public Stream {
        if (name == null || name.isBlank()) {
            throw new FulcrumException("a stream needs a name");
        }
        if (kind == null) {
            throw new FulcrumException("stream '" + name + "' needs a kind");
        }
        if (status == null) {
            status = StreamStatus.ACTIVE;
        }
    }

    public Stream withId(long newId) {
        return new Stream(newId, name, kind, listPrice, capacityHoursPerWeek, capacitySeats, status);
    }
}
