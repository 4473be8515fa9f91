package app.fulcrum.importer;

import java.time.LocalDate;

/** The size of an email list on a date (and its buyers, when the export tells). */
public record ImportedAudience(int line, String externalId, LocalDate date, long listSize, Long buyers)
        implements ImportedRow {
}
