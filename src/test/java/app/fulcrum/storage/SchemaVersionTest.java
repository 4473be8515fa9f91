package app.fulcrum.storage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Databases skips Flyway when the schema stands at SCHEMA_VERSION, so that constant must follow the files. */
class SchemaVersionTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void schema_version_is_the_highest_migration_of_each_vendor(String vendor) throws IOException {
        int highest = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
            for (Path file : files.toList()) {
                Matcher m = VERSIONED.matcher(file.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(highest).isEqualTo(Databases.SCHEMA_VERSION);
    }
}
