package app.fulcrum.app;

/** Told now and then how far the import has read, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (file, done, total) -> { };

    /** {@code done} of {@code total} bytes of {@code file} read ({@code total} -1 when unknown). */
    void update(String file, long done, long total);
}
