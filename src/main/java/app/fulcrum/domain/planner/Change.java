package app.fulcrum.domain.planner;

import app.fulcrum.domain.FulcrumException;

import java.math.BigDecimal;
import java.util.Objects;

/** One planned change to the starting point. */
public sealed interface Change {

    /**
     * Raise (or, negative, cut) a stream's price by {@code percent} from {@code fromMonth}. Units follow a
     * linear elasticity: units × max(0, 1 − elasticity × percent / 100), so elasticity 1 loses 10% of
     * units to a 10% raise and elasticity 0 loses none.
     */
    record RaisePrice(String stream, BigDecimal percent, double elasticity, int fromMonth) implements Change {
        public RaisePrice {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(percent, "percent");
            if (percent.compareTo(BigDecimal.valueOf(-100)) <= 0 || elasticity < 0 || fromMonth < 1) {
                throw new FulcrumException("raise_price of '" + stream
                        + "': percent must be above -100, elasticity ≥ 0 and from_month ≥ 1");
            }
        }

        double unitFactor() {
            return Math.max(0, 1 - elasticity * percent.doubleValue() / 100);
        }
    }

    record AddStream(NewStream stream) implements Change {
        public AddStream {
            Objects.requireNonNull(stream, "stream");
        }
    }

    /** Stop a stream from {@code fromMonth}: no more sales, hours or costs. */
    record RetireStream(String stream, int fromMonth) implements Change {
        public RetireStream {
            Objects.requireNonNull(stream, "stream");
            if (fromMonth < 1) {
                throw new FulcrumException("retire_stream of '" + stream + "': from_month must be ≥ 1");
            }
        }
    }
}
