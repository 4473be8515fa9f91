package app.fulcrum.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

public enum ExpenseCategory {
    ADS, TOOLS, CONTRACTOR, PLATFORM, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExpenseCategory parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.label().equals(wanted)).findFirst()
                .orElseThrow(() -> new FulcrumException("unknown expense category '" + text + "': expected one of "
                        + Arrays.stream(values()).map(ExpenseCategory::label).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label();
    }
}
