package app.fulcrum.domain.planner;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan to simulate: the starting point, the changes, and the owner's weekly capacity in hours
 * (empty = unlimited). {@code hourValue} values owner hours for the payback month; when absent the
 * baseline rate is used, and when that is unknown too hours are valued at zero.
 */
public record Scenario(String name, Baseline baseline, List<Change> changes, Double ownerWeeklyCapacityHours,
                       Money hourValue) {
    public Scenario {
        Objects.requireNonNull(baseline, "baseline");
        changes = List.copyOf(changes);
        name = name == null || name.isBlank() ? "scenario" : name;
        if (ownerWeeklyCapacityHours != null && !(ownerWeeklyCapacityHours >= 0)) {
            throw new FulcrumException("owner weekly capacity must be a number of hours ≥ 0");
        }
        if (hourValue != null) {
            Baseline.requireCurrency(hourValue, baseline.currency());
        }
        var names = new HashSet<String>();
        baseline.streams().forEach(s -> names.add(s.name().toLowerCase(Locale.ROOT)));
        for (Change change : changes) {
            checkNames(change, baseline, names);
        }
    }

    private static void checkNames(Change change, Baseline baseline, HashSet<String> names) {
        if (change instanceof Change.RaisePrice r) {
            requireExisting(baseline, r.stream(), "raise_price");
        } else if (change instanceof Change.RetireStream r) {
            requireExisting(baseline, r.stream(), "retire_stream");
        } else if (change instanceof Change.AddStream a) {
            Baseline.requireCurrency(a.stream().price(), baseline.currency());
            Baseline.requireCurrency(a.stream().adSpendPerMonth(), baseline.currency());
            Baseline.requireCurrency(a.stream().otherCostsPerMonth(), baseline.currency());
            if (!names.add(a.stream().name().toLowerCase(Locale.ROOT))) {
                throw new FulcrumException("add_stream '" + a.stream().name() + "': a stream of that name already exists");
            }
        }
    }

    private static void requireExisting(Baseline baseline, String stream, String change) {
        if (baseline.findStream(stream).isEmpty()) {
            throw new FulcrumException(change + " names stream '" + stream + "', which is not in the starting point");
        }
    }

    /** The value of one owner hour in minor units for the payback comparison. */
    public long hourValueMinor() {
        return Optional.ofNullable(hourValue).or(() -> Optional.ofNullable(baseline.baselineRate()))
                .map(Money::minor).orElse(0L);
    }
}
