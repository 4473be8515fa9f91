package app.fulcrum.importer;

/**
 * One row read from a source file, before it is mapped to streams, activities and people.
 * {@code line} is the 1-based physical line the row starts on; {@code externalId} is the source's
 * own id or, when it has none, a hash of the row's normalised, position-independent content.
 */
public sealed interface ImportedRow permits ImportedTime, ImportedMoney, ImportedAudience {
    int line();

    String externalId();
}
