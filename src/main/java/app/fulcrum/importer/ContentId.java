package app.fulcrum.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The external id of a row whose source gives none: a SHA-256 of its normalised, position-independent
 * fields (never the line number), so the same row in a later, overlapping export gets the same id.
 */
final class ContentId {
    private ContentId() {
    }

    static String of(String... parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (String part : parts) {
            sha.update((part == null ? "" : part.strip()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
