package app.fulcrum.importer;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * PayPal's Activity download CSV (Activity → Statements → Activity download; business "Download.CSV").
 *
 * <p>Design note (FORMATS.md §7). Every field quoted; numbers in the account's locale ("1,250.00" or
 * "1.234,56", inferred per value, see {@link DecimalText}); Gross is signed from the account's side and
 * Fee is negative when charged, Net = Gross + Fee. Money received by a payment type is a sale; a
 * "Payment Refund" (negative Gross, positive Fee: part of the fee comes back) is a refund linked by
 * Reference Txn ID, whose fee is negative (returned); payments you sent and fee rows are expenses.
 * Withdrawals, transfers, deposits, currency conversions, holds and authorizations only move money and
 * are skipped, as are rows not completed (Pending, Denied, ...) and "Memo" rows (Balance Impact).
 */
public final class PayPalActivityCsv implements SourceFormat {
    private static final int SNIFF_BYTES = 1 << 20;
    private static final Set<String> NOT_DONE = Set.of("pending", "denied", "canceled", "cancelled", "unclaimed",
            "failed", "voided", "expired", "placed", "held");
    private static final String[] MOVES = {"withdraw", "transfer", "deposit", "conversion", "hold", "authoriz",
            "reserve", "bank", "card funding", "balance"};

    @Override
    public String id() {
        return "paypal";
    }

    @Override
    public String description() {
        return "PayPal activity download CSV";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return CsvHeader.ofHead(head, ',').has("transaction id", "gross", "type", "status", "date");
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, 8192);
        DateOrder order = DateOrder.sniff(TextLines.peek(buffered, SNIFF_BYTES), options.locale());
        PayPalClock clock = new PayPalClock(order, options.zone());
        CsvTable.read(fileName, buffered, sink, header -> new Rows(new Columns(header), clock, options, sink));
    }

    private record Columns(int date, int time, int zone, int name, int type, int status, int currency, int gross,
                           int fee, int net, int from, int to, int id, int item, int reference, int note, int impact) {
        Columns(CsvHeader h) {
            this(h.require("Date"), h.find("Time"), h.find("TimeZone", "Time Zone"), h.find("Name"), h.require("Type"),
                    h.require("Status"), h.require("Currency"), h.require("Gross"), h.find("Fee"), h.find("Net"),
                    h.find("From Email Address"), h.find("To Email Address"), h.require("Transaction ID"),
                    h.find("Item Title", "Subject"), h.find("Reference Txn ID"), h.find("Note"), h.find("Balance Impact"));
        }
    }

    private record Rows(Columns c, PayPalClock clock, ParseOptions options, RowSink sink) implements CsvTable.RowReader {
        @Override
        public void row(CsvRow row) {
            String type = row.text(c.type());
            String lowerType = type.toLowerCase(Locale.ROOT);
            if (row.text(c.impact()).equalsIgnoreCase("Memo")) {
                sink.skipped(row.line(), "PayPal " + type + " memo row: no money moved");
                return;
            }
            for (String word : MOVES) {
                if (lowerType.contains(word)) {
                    sink.skipped(row.line(), "PayPal " + type + " (" + row.text(c.status())
                            + "): moves or holds money, not revenue");
                    return;
                }
            }
            if (NOT_DONE.contains(row.text(c.status()).toLowerCase(Locale.ROOT))) {
                sink.skipped(row.line(), "PayPal " + type + " is " + row.text(c.status()) + ": not completed, no money moved");
                return;
            }
            read(row, lowerType);
        }

        private void read(CsvRow row, String lowerType) {
            String id = row.required(c.id(), "the PayPal Transaction ID");
            Instant at = clock.instant(row, c.date(), c.time(), c.zone());
            Currency currency = row.currency(c.currency());
            BigDecimal gross = row.decimal(c.gross(), null, options.locale());
            BigDecimal fee = row.decimalOrZero(c.fee(), null, options.locale());
            checkNet(row, gross, fee);
            Money amount = row.money(gross.abs(), c.gross(), currency);
            Money feeCharged = row.money(fee.negate(), c.fee(), currency);
            String item = row.textOrNull(c.item());
            String description = row.textOrNull(c.note()) != null ? row.textOrNull(c.note()) : item;
            Currency base = options.baseCurrency();
            if (lowerType.contains("refund") || lowerType.contains("reversal") || lowerType.contains("chargeback")) {
                if (gross.signum() > 0) {
                    sink.skipped(row.line(), "PayPal " + row.text(c.type()) + " received for a purchase you made: not revenue");
                    return;
                }
                sink.row(ImportedMoney.refund(row.line(), id, row.textOrNull(c.reference()), item, party(row, c.to()), at,
                        amount, feeCharged, base, description));
            } else if (lowerType.contains("fee") || gross.signum() < 0) {
                Money outflow = row.money(gross.add(fee).negate(), c.gross(), currency);
                ExpenseCategory category = lowerType.contains("fee") ? ExpenseCategory.PLATFORM : ExpenseCategory.OTHER;
                sink.row(ImportedMoney.expense(row.line(), id, category, item, at, outflow, base,
                        description == null ? "PayPal " + row.text(c.type()) + " " + row.text(c.name()) : description));
            } else {
                sink.row(ImportedMoney.sale(row.line(), id, item, party(row, c.from()), at, amount, feeCharged, base,
                        lowerType.contains("subscription") || lowerType.contains("recurring"), null, description));
            }
        }

        private void checkNet(CsvRow row, BigDecimal gross, BigDecimal fee) {
            if (!row.isBlank(c.net())) {
                BigDecimal net = row.decimal(c.net(), null, options.locale());
                if (net.compareTo(gross.add(fee)) != 0) {
                    throw row.bad(c.net(), "Gross + Fee = " + gross.add(fee).toPlainString());
                }
            }
        }

        private String party(CsvRow row, int emailColumn) {
            String email = row.textOrNull(emailColumn);
            return email != null ? email : row.textOrNull(c.name());
        }
    }
}
