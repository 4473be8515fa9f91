package app.fulcrum.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads a plain-text export line by line (UTF-8, a leading BOM dropped), counting 1-based lines. */
final class TextLines implements AutoCloseable {
    private final BufferedReader reader;
    private int number;

    TextLines(InputStream content) {
        this.reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
    }

    /** The next line without its terminator, or null at the end. */
    String next() throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\ufeff') {
            return line.substring(1);
        }
        return line;
    }

    int number() {
        return number;
    }

    /** The first {@code bytes} bytes of a stream as UTF-8 text, for sniffing; the stream is reset to where it was. */
    static String peek(BufferedInputStream in, int bytes) throws IOException {
        in.mark(bytes);
        byte[] head = in.readNBytes(bytes);
        in.reset();
        return new String(head, StandardCharsets.UTF_8);
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\ufeff' ? text.substring(1) : text;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
