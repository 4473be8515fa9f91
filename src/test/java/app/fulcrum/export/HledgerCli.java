package app.fulcrum.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the real hledger binary; a test using it is skipped, saying why, when hledger is not installed. */
public final class HledgerCli {
    private HledgerCli() {
    }

    /** {@code hledger -f FILE bal QUERY -O csv -E}, as account → amount (commodity dropped). */
    public static Map<String, BigDecimal> balances(Path file, String query, String... extra) throws Exception {
        assumeTrue(hledgerInstalled(), "hledger is not installed (apt-get install -y hledger); CI installs it");
        List<String> command = new ArrayList<>(List.of("hledger", "-f", file.toString(), "bal", "-O", "csv", "-E"));
        command.addAll(List.of(extra));
        if (!query.isEmpty()) {
            command.add(query);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, BigDecimal> balances = new HashMap<>();
        for (String line : output.strip().split("\n")) {
            String[] cells = line.replace("\"", "").split(",", 2);
            if (cells[0].equals("account") || cells[0].equals("total")) {
                continue;
            }
            String amount = cells[1].replace("USD", "").replace("h", "").strip();
            balances.put(cells[0], amount.equals("0") ? new BigDecimal("0.00") : new BigDecimal(amount));
        }
        return balances;
    }

    public static boolean hledgerInstalled() {
        try {
            return new ProcessBuilder("hledger", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
