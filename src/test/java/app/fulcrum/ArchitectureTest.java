package app.fulcrum;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering rule of STYLE.md, checked on the source: the domain imports only the JDK's pure
 * packages, app imports only the domain, and no package imports the composition root or the CLI.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/app/fulcrum");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private static final Set<String> DOMAIN_ALLOWED = Set.of("java.lang.", "java.math.", "java.time.", "java.util.");

    /** For each layer, the app.fulcrum packages it may import (itself always allowed). */
    private static final Map<String, Set<String>> MAY_IMPORT = Map.of(
            "domain", Set.of(),
            "app", Set.of("domain", "importer"),
            "storage", Set.of("app", "domain"),
            "importer", Set.of("domain"),
            "config", Set.of("domain"),
            "plan", Set.of("app", "domain"),
            "export", Set.of("app", "domain"),
            "cli", Set.of("app", "domain", "importer", "config", "storage", "export", "plan"));

    @Test
    void domain_imports_nothing_but_pure_jdk_packages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("domain"))) {
            for (String imported : imports(file)) {
                boolean ok = imported.startsWith("app.fulcrum.domain")
                        || DOMAIN_ALLOWED.stream().anyMatch(imported::startsWith);
                if (!ok) {
                    violations.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void every_layer_imports_only_the_layers_below_it() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var rule : MAY_IMPORT.entrySet()) {
            String layer = rule.getKey();
            for (Path file : javaFiles(MAIN.resolve(layer))) {
                for (String imported : imports(file)) {
                    if (!imported.startsWith("app.fulcrum.")) {
                        continue;
                    }
                    String target = imported.substring("app.fulcrum.".length()).split("\\.")[0];
                    if (!target.equals(layer) && !rule.getValue().contains(target)) {
                        violations.add(MAIN.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void the_rule_sees_the_domain_sources() throws IOException {
        // Guards the two tests above against passing vacuously on a moved source tree.
        assertThat(javaFiles(MAIN.resolve("domain"))).extracting(p -> p.getFileName().toString())
                .contains("Money.java", "Stream.java", "ReportFacts.java");
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> imports(Path file) throws IOException {
        Matcher m = IMPORT.matcher(Files.readString(file));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
