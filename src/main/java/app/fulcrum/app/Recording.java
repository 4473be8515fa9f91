package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Currency;
import java.util.stream.Collectors;

/**
 * The manual verbs: record streams, people, time, sales, refunds, expenses, audience snapshots and
 * exchange rates, validated against what the workspace already holds. Runs inside the caller's
 * transaction; amounts in another currency are converted with the rate in force that day.
 */
public final class Recording {
    /** A sale or expense given only a date is placed at noon local time, safely inside that day. */
    private static final LocalTime DATE_ONLY_TIME = LocalTime.NOON;

    private final WorkspaceStore store;
    private final Workspace workspace;

    public Recording(WorkspaceStore store) {
        this.store = store;
        this.workspace = store.workspace();
    }

    public Stream addStream(Stream stream) {
        store.findStream(stream.name()).ifPresent(existing -> {
            throw new FulcrumException("a stream named '" + existing.name() + "' already exists");
        });
        return store.addStream(stream);
    }

    public Stream requireStream(String name) {
        return store.findStream(name).orElseThrow(() -> new FulcrumException("no stream named '" + name
                + "'; known streams: " + knownStreams()));
    }

    public Person addHelper(String name, String email, Money costRate) {
        store.findPerson(name).ifPresent(existing -> {
            throw new FulcrumException("a person named '" + existing.name() + "' already exists");
        });
        if (costRate != null) {
            requireBase(costRate, "cost rate");
        }
        return store.addPerson(new Person(0, name, email, PersonRole.HELPER, costRate));
    }

    public Person requirePerson(String nameOrEmail) {
        if (nameOrEmail == null) {
            return store.owner();
        }
        return store.findPerson(nameOrEmail).orElseThrow(() -> new FulcrumException("no person named '"
                + nameOrEmail + "'; add a helper with 'fulcrum person add NAME --helper --cost-rate 25.00'"));
    }

    public TimeEntry addTime(String streamName, Activity activity, String personName, LocalDateTime localStart,
                             long minutes, String note) {
        if (minutes <= 0) {
            throw new FulcrumException("--minutes must be positive, got " + minutes);
        }
        Long streamId = streamName == null ? null : requireStream(streamName).id();
        Person person = requirePerson(personName);
        Instant start = localStart.atZone(workspace.zone()).toInstant();
        return store.addTimeEntry(new TimeEntry(0, person.id(), streamId, activity, start, minutes * 60, note,
                Provenance.MANUAL));
    }

    public Sale addSale(String streamName, Money gross, Money fee, LocalDate date, String customer, String channel,
                        boolean recurring) {
        Stream stream = requireStream(streamName);
        requirePositive(gross, "--amount");
        return store.addSale(new Sale(0, stream.id(), instantOf(date), customer, gross, fee,
                toBase(gross, date), toBase(fee, date), false, null, recurring, channel, Provenance.MANUAL));
    }

    /** A refund of a recorded sale (stream and currency taken from it) or of a stream's sales in general. */
    public Sale addRefund(Long saleId, String streamName, BigDecimal amount, LocalDate date) {
        long streamId;
        Currency currency;
        String customer = null;
        if (saleId != null) {
            Sale sale = store.findSale(saleId).filter(s -> !s.refund()).orElseThrow(() ->
                    new FulcrumException("no sale with id " + saleId + " in this workspace"));
            streamId = sale.streamId();
            currency = sale.gross().currency();
            customer = sale.customer();
        } else {
            streamId = requireStream(streamName).id();
            currency = workspace.currency();
        }
        Money refunded = Money.of(amount, currency);
        requirePositive(refunded, "--amount");
        Money noFee = Money.zero(currency);
        return store.addSale(new Sale(0, streamId, instantOf(date), customer, refunded, noFee,
                toBase(refunded, date), Money.zero(workspace.currency()), true, saleId, false, null,
                Provenance.MANUAL));
    }

    public Expense addExpense(String streamName, ExpenseCategory category, Money amount, LocalDate date, String note) {
        Long streamId = streamName == null ? null : requireStream(streamName).id();
        requirePositive(amount, "--amount");
        return store.addExpense(new Expense(0, streamId, category, amount, toBase(amount, date), date, note,
                Provenance.MANUAL));
    }

    public AudienceSnapshot addAudience(LocalDate date, long listSize, Long buyers) {
        if (buyers != null && buyers > listSize) {
            throw new FulcrumException("--buyers (" + buyers + ") cannot exceed --list-size (" + listSize + ")");
        }
        return store.addAudienceSnapshot(new AudienceSnapshot(0, date, listSize, buyers, Provenance.MANUAL));
    }

    public FxRate putFxRate(LocalDate date, Currency currency, BigDecimal rate) {
        if (currency.equals(workspace.currency())) {
            throw new FulcrumException(currency.getCurrencyCode() + " is the base currency; its rate is always 1");
        }
        FxRate fx = new FxRate(date, currency, rate);
        store.putFxRate(fx);
        return fx;
    }

    /** The amount in the base currency, converted with the rate in force on {@code date}. */
    public Money toBase(Money amount, LocalDate date) {
        if (amount.currency().equals(workspace.currency())) {
            return amount;
        }
        FxRate rate = store.findFxRate(amount.currency(), date).orElseThrow(() -> new FulcrumException(
                "no exchange rate for " + amount.currency().getCurrencyCode() + " on or before " + date
                        + ": add one with 'fulcrum fx add --date " + date + " --currency "
                        + amount.currency().getCurrencyCode() + " --rate R'"));
        return rate.convert(amount, workspace.currency());
    }

    public Instant instantOf(LocalDate date) {
        return date.atTime(DATE_ONLY_TIME).atZone(workspace.zone()).toInstant();
    }

    private void requireBase(Money money, String what) {
        if (!money.currency().equals(workspace.currency())) {
            throw new FulcrumException(what + " must be in the base currency " + workspace.currency());
        }
    }

    private static void requirePositive(Money money, String option) {
        if (money.minor() <= 0) {
            throw new FulcrumException(option + " must be positive, got " + money.toPlainString());
        }
    }

    private String knownStreams() {
        var names = store.streams().stream().map(Stream::name).sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "none yet (add one with 'fulcrum stream add NAME --kind one-on-one')" : names;
    }
}
