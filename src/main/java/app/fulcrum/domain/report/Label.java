package app.fulcrum.domain.report;

import java.util.Locale;

/** SPEC "Labels": how much of the owner's time a stream needs, judged over the trailing 90 days. */
public enum Label {
    DORMANT, PASSIVE, ACTIVE, LEVERAGED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
