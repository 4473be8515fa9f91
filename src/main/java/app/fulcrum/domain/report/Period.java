package app.fulcrum.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** Local dates {@code from}..{@code to}, both inclusive, with a name such as "2024-03", "2024-Q1" or "2024". */
public record Period(LocalDate from, LocalDate to, String name) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(name, "name");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }
}
