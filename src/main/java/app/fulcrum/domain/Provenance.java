package app.fulcrum.domain;

/**
 * Where a row came from: {@code manual} for the CLI and web, else the import source ("toggl",
 * "stripe", ...), the file name, the 1-based line, and the external id (the source's own id, or a
 * hash of the row's normalised content). (source, externalId) is unique per workspace and table,
 * which makes re-imports idempotent.
 */
public record Provenance(String source, String file, Integer line, String externalId) {
    public static final Provenance MANUAL = new Provenance("manual", null, null, null);

    public Provenance {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("provenance source is required");
        }
    }

    public static Provenance imported(String source, String file, int line, String externalId) {
        return new Provenance(source, file, line, externalId);
    }

    public boolean isManual() {
        return "manual".equals(source);
    }
}
