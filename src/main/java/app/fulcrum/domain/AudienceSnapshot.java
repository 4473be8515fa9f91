package app.fulcrum.domain;

import java.time.LocalDate;

/** The email list on a date: its size and how many of its people have bought (null when unknown). */
public record AudienceSnapshot(long id, LocalDate date, long listSize, Long buyers, Provenance provenance) {
    public AudienceSnapshot {
        if (listSize < 0 || (buyers != null && buyers < 0)) {
            throw new FulcrumException("list size and buyers cannot be negative");
        }
    }
}
