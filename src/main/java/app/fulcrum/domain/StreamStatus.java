package app.fulcrum.domain;

import java.util.Arrays;
import java.util.Locale;

public enum StreamStatus {
    ACTIVE, PAUSED, RETIRED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StreamStatus parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label().equals(wanted)).findFirst()
                .orElseThrow(() -> new FulcrumException("unknown stream status '" + text + "': expected active, paused or retired"));
    }

    @Override
    public String toString() {
        return label();
    }
}
