package app.fulcrum.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an hour was spent on. Creation is a one-off investment; the others recur. */
public enum Activity {
    CREATION, DELIVERY, PROMOTION, SALES, SUPPORT, MAINTENANCE, ADMIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Activity> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.label().equals(wanted)).findFirst();
    }

    public static Activity parse(String text) {
        return find(text).orElseThrow(() -> new FulcrumException("unknown activity '" + text + "': expected one of "
                + Arrays.stream(values()).map(Activity::label).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label();
    }
}
