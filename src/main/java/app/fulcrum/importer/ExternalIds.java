package app.fulcrum.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable identities for rows whose source has no id of its own: a SHA-256 of the row's normalised,
 * position-independent fields (trimmed, lower-cased, joined with a unit separator), cut to 80 bits,
 * which is far from collisions at millions of rows. The same row in a later, overlapping export gets
 * the same id, so re-imports skip it.
 */
public final class ExternalIds {
    private static final char SEPARATOR = '\u001f';
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ExternalIds::sha256);

    private ExternalIds() {
    }

    public static String hashOf(String... fields) {
        StringBuilder normalised = new StringBuilder(128);
        for (String field : fields) {
            if (field != null) {
                normalised.append(field.strip().toLowerCase(Locale.ROOT));
            }
            normalised.append(SEPARATOR);
        }
        byte[] digest = SHA256.get().digest(normalised.toString().getBytes(StandardCharsets.UTF_8));
        return "h:" + HexFormat.of().formatHex(digest, 0, 10);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
