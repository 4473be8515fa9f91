package app.fulcrum.cli;

import app.fulcrum.app.Recording;
import app.fulcrum.domain.Activity;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.TimeEntry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;

/** The one-line recording commands: time, sale, refund, expense, audience and fx, each with an {@code add}. */
final class RecordCommands {
    private RecordCommands() {
    }

    @Command(name = "time", mixinStandardHelpOptions = true, description = "Record time spent on a stream.",
            subcommands = {picocli.CommandLine.HelpCommand.class})
    static final class TimeCommand {
        private final CliContext context;

        TimeCommand(CliContext context) {
            this.context = context;
        }

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Record a work session (start in the workspace's time zone).")
        int add(@Option(names = "--stream", paramLabel = "STREAM", description = "The stream; omit for business overhead.") String stream,
                @Option(names = "--activity", required = true, paramLabel = "ACTIVITY",
                        description = "creation, delivery, promotion, sales, support, maintenance or admin.") String activity,
                @Option(names = "--person", paramLabel = "NAME", description = "Who worked (default: the owner).") String person,
                @Option(names = "--start", required = true, paramLabel = "DATETIME", description = "e.g. 2024-03-04T09:00.") LocalDateTime start,
                @Option(names = "--minutes", required = true, paramLabel = "N") long minutes,
                @Option(names = "--note", paramLabel = "TEXT") String note) {
            TimeEntry entry = context.inWorkspace(store -> new Recording(store).addTime(stream, Activity.parse(activity),
                    person, start, minutes, note));
            context.out().printf("Recorded %d min of %s (entry %d)%n", minutes, entry.activity(), entry.id());
            return 0;
        }
    }

    @Command(name = "sale", mixinStandardHelpOptions = true, description = "Record a sale.",
            subcommands = {picocli.CommandLine.HelpCommand.class})
    static final class SaleCommand {
        private final CliContext context;

        SaleCommand(CliContext context) {
            this.context = context;
        }

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a sale of a stream.")
        int add(@Option(names = "--stream", required = true, paramLabel = "STREAM") String stream,
                @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Gross amount, e.g. 197.00.") BigDecimal amount,
                @Option(names = "--fee", paramLabel = "AMOUNT", description = "Platform or payment fee.") BigDecimal fee,
                @Option(names = "--currency", paramLabel = "CODE", description = "Currency paid (default: base; others need an fx rate).") String currency,
                @Option(names = "--date", paramLabel = "DATE", description = "Default: today.") LocalDate date,
                @Option(names = "--customer", paramLabel = "REF", description = "Customer reference (email or id).") String customer,
                @Option(names = "--source", paramLabel = "CHANNEL", description = "Acquisition channel, e.g. referral, podcast.") String source,
                @Option(names = "--recurring", description = "A subscription or membership payment.") boolean recurring) {
            Sale sale = context.inWorkspace(store -> {
                Currency paid = currency == null ? store.workspace().currency() : Money.currency(currency);
                LocalDate day = date == null ? context.today(store.workspace().zone()) : date;
                return new Recording(store).addSale(stream, Money.of(amount, paid),
                        Money.of(fee == null ? BigDecimal.ZERO : fee, paid), day, customer, source, recurring);
            });
            context.out().printf("Recorded sale %d: %s%s%n", sale.id(), sale.gross(),
                    sale.fee().isZero() ? "" : " less fee " + sale.fee().toPlainString());
            return 0;
        }
    }

    @Command(name = "refund", mixinStandardHelpOptions = true, description = "Record a refund.",
            subcommands = {picocli.CommandLine.HelpCommand.class})
    static final class RefundCommand {
        private final CliContext context;

        RefundCommand(CliContext context) {
            this.context = context;
        }

        static final class Target {
            @Option(names = "--sale", paramLabel = "ID", description = "The refunded sale's id.") Long sale;
            @Option(names = "--stream", paramLabel = "STREAM", description = "The stream, when the sale is not recorded.") String stream;
        }

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Record money given back, dated when it went back (it reduces that period).")
        int add(@ArgGroup(exclusive = true, multiplicity = "1") Target target,
                @Option(names = "--amount", required = true, paramLabel = "AMOUNT") BigDecimal amount,
                @Option(names = "--date", paramLabel = "DATE", description = "Default: today.") LocalDate date) {
            Sale refund = context.inWorkspace(store -> new Recording(store).addRefund(target.sale, target.stream, amount,
                    date == null ? context.today(store.workspace().zone()) : date));
            context.out().printf("Recorded refund %d: %s%n", refund.id(), refund.gross());
            return 0;
        }
    }

    @Command(name = "expense", mixinStandardHelpOptions = true, description = "Record a cost.",
            subcommands = {picocli.CommandLine.HelpCommand.class})
    static final class ExpenseCommand {
        private final CliContext context;

        ExpenseCommand(CliContext context) {
            this.context = context;
        }

        static final class Target {
            @Option(names = "--stream", paramLabel = "STREAM", description = "The stream this cost serves.") String stream;
            @Option(names = "--shared", description = "A cost of the whole business (overhead).") boolean shared;
        }

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a stream's cost or a shared one.")
        int add(@ArgGroup(exclusive = true, multiplicity = "1") Target target,
                @Option(names = "--category", required = true, paramLabel = "CATEGORY",
                        description = "ads, tools, contractor, platform or other.") String category,
                @Option(names = "--amount", required = true, paramLabel = "AMOUNT") BigDecimal amount,
                @Option(names = "--currency", paramLabel = "CODE") String currency,
                @Option(names = "--date", paramLabel = "DATE", description = "Default: today.") LocalDate date,
                @Option(names = "--note", paramLabel = "TEXT") String note) {
            Expense expense = context.inWorkspace(store -> {
                Currency paid = currency == null ? store.workspace().currency() : Money.currency(currency);
                return new Recording(store).addExpense(target.stream, ExpenseCategory.parse(category),
                        Money.of(amount, paid), date == null ? context.today(store.workspace().zone()) : date, note);
            });
            context.out().printf("Recorded %s expense %d: %s%n", expense.isShared() ? "shared" : "stream",
                    expense.id(), expense.amount());
            return 0;
        }
    }

    @Command(name = "audience", mixinStandardHelpOptions = true, description = "Record the size of your email list.",
            subcommands = {picocli.CommandLine.HelpCommand.class})
    static final class AudienceCommand {
        private final CliContext context;

        AudienceCommand(CliContext context) {
            this.context = context;
        }

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a snapshot of the list.")
        int add(@Option(names = "--date", paramLabel = "DATE", description = "Default: today.") LocalDate date,
                @Option(names = "--list-size", required = true, paramLabel = "N") long listSize,
                @Option(names = "--buyers", paramLabel = "N", description = "How many on the list have bought.") Long buyers) {
            AudienceSnapshot snapshot = context.inWorkspace(store -> new Recording(store).addAudience(
                    date == null ? context.today(store.workspace().zone()) : date, listSize, buyers));
            context.out().printf("Recorded audience on %s: %d on the list%s%n", snapshot.date(), snapshot.listSize(),
                    snapshot.buyers() == null ? "" : ", " + snapshot.buyers() + " buyers");
            return 0;
        }
    }

    @Command(name = "fx", mixinStandardHelpOptions = true, description = "Record exchange rates to the base currency.",
            subcommands = {picocli.CommandLine.HelpCommand.class})
    static final class FxCommand {
        private final CliContext context;

        FxCommand(CliContext context) {
            this.context = context;
        }

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "One unit of CURRENCY is worth RATE of the base currency from DATE on.")
        int add(@Option(names = "--date", required = true, paramLabel = "DATE") LocalDate date,
                @Option(names = "--currency", required = true, paramLabel = "CODE") String currency,
                @Option(names = "--rate", required = true, paramLabel = "RATE") BigDecimal rate) {
            FxRate fx = context.inWorkspace(store -> new Recording(store).putFxRate(date, Money.currency(currency), rate));
            context.out().printf("1 %s = %s from %s%n", fx.currency().getCurrencyCode(), fx.rate().toPlainString(), fx.date());
            return 0;
        }
    }
}
