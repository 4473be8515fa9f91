package app.fulcrum.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's CLI tour is real: every {@code $ fulcrum …} line of its {@code console} block runs here,
 * in order, on a fresh default database dated 2026-11-21, and its output must equal the lines below it.
 * After a deliberate change of output, {@code mvn test -Dtest=ReadmeTourTest -Dreadme.update=true}
 * rewrites the block with the new output (then read the diff).
 */
class ReadmeTourTest {
    private static final Path README = Path.of("README.md");
    private static final String START = "```console\n";

    @TempDir
    Path home;

    @Test
    void every_command_of_the_readme_tour_prints_what_the_readme_shows() throws IOException {
        String readme = Files.readString(README);
        int from = readme.indexOf(START) + START.length();
        int to = readme.indexOf("```\n", from);
        assertThat(from).isGreaterThan(START.length() - 1);
        String block = readme.substring(from, to);

        StringBuilder actual = new StringBuilder();
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_DATA_HOME", home.resolve("share").toString());
        int commands = 0;
        for (String line : block.split("\n")) {
            if (!line.startsWith("$ fulcrum ")) {
                continue;
            }
            commands++;
            CliRun run = CliRun.runRaw(env, words(line.substring("$ fulcrum ".length())));
            assertThat(run.code()).as(line + "\n" + run.err()).isZero();
            actual.append(line).append('\n')
                    .append(run.out().replace(home.resolve("share").toString(), "~/.local/share"));
        }
        assertThat(commands).isGreaterThan(10);
        if (Boolean.getBoolean("readme.update")) {
            Files.writeString(README, readme.substring(0, from) + actual + readme.substring(to));
        }
        assertThat(actual.toString()).isEqualTo(block);
    }

    /** Splits a command line like a shell does for plain words and "double quoted" words. */
    static String[] words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
