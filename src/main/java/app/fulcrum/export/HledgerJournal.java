package app.fulcrum.export;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The money of a workspace as an hledger journal: one balanced transaction per sale, refund and expense,
 * in the base currency (the amounts Fulcrum's reports add up), dated in the workspace's zone.
 *
 * <p>Design note. A sale credits {@code revenue:<stream>} with its gross, debits
 * {@code expenses:fees:<stream>} with its fee and {@code assets:<source>} with the rest; a refund is the
 * mirror image (its fee may be negative when the platform gave its fee back); an expense debits
 * {@code expenses:<category>:<stream|overhead>}. So, per stream, −(balance of revenue) = gross −
 * refunds and the fee account holds all fees, as in Fulcrum's net revenue. Amounts in another
 * currency are noted in a comment. Transactions are ordered by date, then kind, then id.
 */
public final class HledgerJournal {
    private HledgerJournal() {
    }

    public static String of(WorkspaceSnapshot snapshot) {
        HledgerAccounts accounts = HledgerAccounts.of(snapshot.streams(), snapshot.people());
        ZoneId zone = snapshot.workspace().zone();
        Map<Long, String> names = snapshot.streams().stream().collect(Collectors.toMap(Stream::id, Stream::name));
        Function<Long, String> streamName = id -> names.getOrDefault(id, id == null ? "overhead" : "stream " + id);
        List<Entry> entries = new ArrayList<>();
        for (Sale sale : snapshot.sales()) {
            LocalDate date = LocalDate.ofInstant(sale.at(), zone);
            entries.add(new Entry(date, sale.refund() ? 1 : 0, sale.id(),
                    sale(sale, date, accounts, streamName.apply(sale.streamId()))));
        }
        for (Expense expense : snapshot.expenses()) {
            entries.add(new Entry(expense.date(), 2, expense.id(), expense(expense, accounts, streamName.apply(expense.streamId()))));
        }
        entries.sort(Comparator.comparing(Entry::date).thenComparingInt(Entry::order).thenComparingLong(Entry::id));
        StringBuilder out = new StringBuilder();
        out.append("; Fulcrum workspace \"").append(clean(snapshot.workspace().name())).append("\": sales, refunds, fees and ")
                .append("expenses in ").append(snapshot.workspace().currency().getCurrencyCode()).append(".\n")
                .append("; Revenue is credit-normal: -(revenue:<stream>) = gross - refunds; expenses:fees:<stream> = fees.\n\n")
                .append("commodity 1000.").append("0".repeat(Math.max(0, snapshot.workspace().currency().getDefaultFractionDigits())))
                .append(' ').append(snapshot.workspace().currency().getCurrencyCode()).append("\n");
        entries.forEach(e -> out.append('\n').append(e.text()));
        return out.toString();
    }

    private static String sale(Sale sale, LocalDate date, HledgerAccounts accounts, String streamName) {
        StringBuilder t = header(date, sale.provenance().externalId(),
                (sale.refund() ? "Refund | " : "") + streamName + (sale.customer() == null ? "" : " | " + sale.customer()));
        if (!sale.gross().currency().equals(sale.baseGross().currency())) {
            t.append("    ; paid ").append(sale.gross()).append(", fee ").append(sale.fee()).append('\n');
        }
        Money gross = sale.baseGross();
        Money fee = sale.baseFee();
        Money sign = sale.refund() ? gross : gross.negate();
        posting(t, accounts.revenue(sale.streamId()), sign);
        if (!fee.isZero()) {
            posting(t, accounts.fees(sale.streamId()), fee);
        }
        posting(t, accounts.asset(sale.provenance()), sale.refund() ? gross.plus(fee).negate() : gross.minus(fee));
        return t.toString();
    }

    private static String expense(Expense expense, HledgerAccounts accounts, String streamName) {
        StringBuilder t = header(expense.date(), expense.provenance().externalId(),
                expense.category().label() + " | " + streamName + (expense.note() == null ? "" : " | " + expense.note()));
        if (!expense.amount().currency().equals(expense.baseAmount().currency())) {
            t.append("    ; paid ").append(expense.amount()).append('\n');
        }
        posting(t, accounts.expense(expense.category(), expense.streamId()), expense.baseAmount());
        posting(t, accounts.asset(expense.provenance()), expense.baseAmount().negate());
        return t.toString();
    }

    private static StringBuilder header(LocalDate date, String code, String description) {
        StringBuilder t = new StringBuilder();
        t.append(date).append(" *");
        if (code != null && !code.isBlank()) {
            t.append(" (").append(code.replaceAll("[()\\s;]", "_")).append(')');
        }
        return t.append(' ').append(clean(description)).append('\n');
    }

    private static void posting(StringBuilder t, String account, Money amount) {
        String value = amount.toPlainString() + " " + amount.currency().getCurrencyCode();
        t.append("    ").append(account).append(" ".repeat(Math.max(2, 52 - account.length() - value.length())))
                .append(value).append('\n');
    }

    /** hledger reads ';' as a comment and a line break as the end of the description. */
    static String clean(String text) {
        return text.replaceAll("[;\\p{Cntrl}]+", " ").replaceAll("\\s{2,}", " ").strip();
    }

    private record Entry(LocalDate date, int order, long id, String text) {
    }
}
