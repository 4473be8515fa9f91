package app.fulcrum.domain.planner;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The starting point of a plan: the streams as they run now, the business overhead (shared expenses
 * and the owner's admin hours per month, which count against capacity), and the baseline hourly rate
 * (what an hour sold one-on-one earns; null when unknown) that values owner hours for payback.
 */
public record Baseline(Currency currency, List<StreamBaseline> streams, Money overheadPerMonth,
                       double overheadOwnerHoursPerMonth, Money baselineRate) {
    public Baseline {
        Objects.requireNonNull(currency, "currency");
        streams = List.copyOf(streams);
        if (overheadPerMonth == null) {
            overheadPerMonth = Money.zero(currency);
        }
        if (overheadOwnerHoursPerMonth < 0) {
            throw new FulcrumException("overhead owner hours cannot be negative");
        }
        var names = new HashSet<String>();
        for (StreamBaseline s : streams) {
            requireCurrency(s.netPerUnit(), currency);
            requireCurrency(s.helperCostPerMonth(), currency);
            requireCurrency(s.expensesPerMonth(), currency);
            if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                throw new FulcrumException("the starting point names stream '" + s.name() + "' twice");
            }
        }
        requireCurrency(overheadPerMonth, currency);
        if (baselineRate != null) {
            requireCurrency(baselineRate, currency);
        }
    }

    public Optional<StreamBaseline> findStream(String name) {
        return streams.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    static void requireCurrency(Money money, Currency currency) {
        if (!money.currency().equals(currency)) {
            throw new FulcrumException("amount " + money + " is not in the plan's currency " + currency.getCurrencyCode());
        }
    }
}
