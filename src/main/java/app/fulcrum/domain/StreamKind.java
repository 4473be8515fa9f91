package app.fulcrum.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a stream earns, and the rung of the leverage ladder it stands on (0 = off the ladder). */
public enum StreamKind {
    ONE_ON_ONE("one-on-one", 1),
    RETAINER("retainer", 1),
    GROUP("group", 2),
    WORKSHOP("workshop", 2),
    COURSE("course", 3),
    PRODUCT("product", 3),
    MEMBERSHIP("membership", 4),
    AFFILIATE("affiliate", 0),
    ROYALTY("royalty", 0),
    INVESTMENT("investment", 0),
    OTHER("other", 0);

    private final String label;
    private final int rung;

    StreamKind(String label, int rung) {
        this.label = label;
        this.rung = rung;
    }

    public String label() {
        return label;
    }

    /** 1 one-on-one/retainer, 2 group/workshop, 3 course/product, 4 membership, 0 off-ladder. */
    public int rung() {
        return rung;
    }

    public static StreamKind parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(k -> k.label.equals(wanted) || (k == ONE_ON_ONE && wanted.equals("1:1")))
                .findFirst()
                .orElseThrow(() -> new FulcrumException("unknown stream kind '" + text + "': expected one of "
                        + Arrays.stream(values()).map(StreamKind::label).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label;
    }
}
