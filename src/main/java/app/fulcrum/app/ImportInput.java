package app.fulcrum.app;

import java.io.IOException;
import java.io.InputStream;

/** One file to import: its name (for messages and provenance), its size in bytes (-1 unknown) and its content. */
public record ImportInput(String name, long size, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static ImportInput of(java.nio.file.Path path) throws IOException {
        return new ImportInput(path.getFileName().toString(), java.nio.file.Files.size(path),
                () -> java.nio.file.Files.newInputStream(path));
    }
}
