package app.fulcrum.domain;

import java.util.Locale;

public enum PersonRole {
    OWNER, HELPER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
