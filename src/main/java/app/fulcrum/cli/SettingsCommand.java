package app.fulcrum.cli;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.ladder.LadderThresholds;
import app.fulcrum.domain.ladder.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code fulcrum settings list|set|unset}: the workspace's baseline rate and ladder thresholds. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show or change the workspace settings: baseline_rate (the hourly rate streams are compared",
                "with) and every ladder threshold. Shares are fractions (0.80 = 80%); money is in the base currency."})
final class SettingsCommand {
    private final CliContext context;

    SettingsCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every setting with its value and default.")
    int list() {
        Settings settings = context.inWorkspace(store -> store.settings());
        TextTable table = new TextTable("KEY", "VALUE", "DEFAULT", "CHANGED");
        table.row(Settings.BASELINE_RATE, settings.find(Settings.BASELINE_RATE).orElse("-"),
                "rung-1 rate", settings.find(Settings.BASELINE_RATE).isPresent() ? "yes" : "no");
        for (Threshold t : LadderThresholds.from(settings).all()) {
            table.row(t.key(), plain(t.value()), plain(t.defaultValue()),
                    t.differsFromDefault() ? "yes" : "no");
        }
        context.out().print(table.render());
        return 0;
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set a setting, e.g. 'settings set ladder.course.buyers 500'.")
    int set(@Parameters(index = "0", paramLabel = "KEY") String key, @Parameters(index = "1", paramLabel = "VALUE") String value) {
        BigDecimal number = parse(requireKnown(key), value);
        context.inWorkspace(store -> {
            store.putSetting(key, number.toPlainString());
            return null;
        });
        context.out().printf("%s = %s%n", key, number.toPlainString());
        return 0;
    }

    @Command(name = "unset", mixinStandardHelpOptions = true, description = "Return a setting to its default.")
    int unset(@Parameters(index = "0", paramLabel = "KEY") String key) {
        requireKnown(key);
        context.inWorkspace(store -> {
            store.putSetting(key, null);
            return null;
        });
        context.out().printf("%s is back to its default%n", key);
        return 0;
    }

    private static String requireKnown(String key) {
        Map<String, Threshold> known = new LinkedHashMap<>();
        LadderThresholds.from(Settings.empty()).all().forEach(t -> known.put(t.key(), t));
        if (!key.equals(Settings.BASELINE_RATE) && !known.containsKey(key)) {
            throw new FulcrumException("unknown setting '" + key + "': expected " + Settings.BASELINE_RATE + " or one of "
                    + known.keySet().stream().collect(Collectors.joining(", ")));
        }
        return key;
    }

    private static BigDecimal parse(String key, String value) {
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.signum() < 0) {
                throw new FulcrumException("setting " + key + " must not be negative, got " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new FulcrumException("setting " + key + " needs a number such as 0.8 or 1000, got '" + value + "'");
        }
    }

    /** "10000", "0.8": as a person would type it back into {@code settings set}. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
