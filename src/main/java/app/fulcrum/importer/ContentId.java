package app.fulcrum.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The external id of a row whose source gives none: a SHA-256 of its normalised, position-independent
 * fields (each trimmed, followed by a unit separator; never the line number), so the same row in a
 * later, overlapping export gets the same id and re-imports skip it.
 *
 * <p>Design note. There are two schemes only because ids already stored in workspaces must not change
 * (a changed id would import a known row again). The time formats fold case and keep 80 bits
 * ("h:", far from collisions at millions of rows); the mapped sales CSV keeps case and 128 bits
 * ("sha256:"). The digest is reused per thread: a million-row import hashes a million times.
 */
enum ContentId {
    CASE_INSENSITIVE("h:", 10, true),
    CASE_SENSITIVE("sha256:", 16, false);

    private static final char SEPARATOR = '\u001f';
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ContentId::sha256);

    private final String prefix;
    private final int bytes;
    private final boolean foldCase;

    ContentId(String prefix, int bytes, boolean foldCase) {
        this.prefix = prefix;
        this.bytes = bytes;
        this.foldCase = foldCase;
    }

    String of(String... fields) {
        StringBuilder normalised = new StringBuilder(128);
        for (String field : fields) {
            if (field != null) {
                String stripped = field.strip();
                normalised.append(foldCase ? stripped.toLowerCase(Locale.ROOT) : stripped);
            }
            normalised.append(SEPARATOR);
        }
        byte[] digest = SHA256.get().digest(normalised.toString().getBytes(StandardCharsets.UTF_8));
        return prefix + HexFormat.of().formatHex(digest, 0, bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
