package app.fulcrum.importer;

import app.fulcrum.domain.Money;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * Stripe's unified payments export (Dashboard → Payments → Export, {@code unified_payments.csv}).
 *
 * <p>Design note (FORMATS.md §5a). One row per charge; times are UTC; amounts are major units with
 * thousands commas; currency codes are lowercase. Failed and canceled charges are skipped, not revenue.
 * A refund stays on its charge's row ({@code Amount Refunded}, {@code Refunded date (UTC)}) and becomes a
 * separate REFUND row dated when the money went back, with id {@code <charge id>:refund}; Stripe keeps
 * its fee on refunds, so the refund's fee is zero. {@code Fee} and the {@code Converted *} columns are
 * in the settlement currency: when that is the base currency they are the base amounts, and the fee in
 * the charge currency is the settlement fee at the charge's own rate (Amount / Converted Amount).
 */
public final class StripePaymentsCsv implements SourceFormat {
    private static final Set<String> NOT_CHARGED = Set.of("failed", "canceled", "cancelled", "blocked",
            "incomplete", "pending", "uncaptured", "requires_payment_method");
    private static final Set<String> CHARGED = Set.of("paid", "refunded", "partially refunded", "succeeded",
            "disputed", "partially_refunded");

    @Override
    public String id() {
        return "stripe";
    }

    @Override
    public String description() {
        return "Stripe payments export CSV (unified_payments.csv)";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        CsvHeader header = CsvHeader.ofHead(head, ',');
        return header.has("id", "amount", "amount refunded", "status")
                && (header.has("created date (utc)") || header.has("created (utc)"));
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        CsvTable.read(fileName, content, sink, header -> new Rows(new Columns(header), options, sink));
    }

    private record Columns(int id, int created, int amount, int refunded, int currency, int captured,
                           int convertedAmount, int convertedRefunded, int convertedCurrency, int description,
                           int fee, int refundedDate, int status, int customerEmail, int customerDescription,
                           int product) {
        Columns(CsvHeader h) {
            this(h.require("id"), h.require("Created date (UTC)", "Created (UTC)"), h.require("Amount"),
                    h.require("Amount Refunded"), h.require("Currency"), h.find("Captured"),
                    h.find("Converted Amount"), h.find("Converted Amount Refunded"), h.find("Converted Currency"),
                    h.find("Description"), h.require("Fee"), h.find("Refunded date (UTC)", "Refunded (UTC)"),
                    h.require("Status"), h.find("Customer Email"), h.find("Customer Description"),
                    h.find("product (metadata)", "Product (metadata)", "product_name (metadata)"));
        }
    }

    private static final class Rows implements CsvTable.RowReader {
        private final Columns c;
        private final ParseOptions options;
        private final RowSink sink;

        Rows(Columns columns, ParseOptions options, RowSink sink) {
            this.c = columns;
            this.options = options;
            this.sink = sink;
        }

        @Override
        public void row(CsvRow row) {
            String status = row.text(c.status()).toLowerCase(Locale.ROOT);
            if (NOT_CHARGED.contains(status)) {
                sink.skipped(row.line(), "Stripe " + row.text(c.status()) + " payment: no money was taken, not revenue");
                return;
            }
            if (!CHARGED.contains(status)) {
                throw row.bad(c.status(), "a Stripe status: Paid, Refunded, Failed or Canceled");
            }
            if (c.captured() >= 0 && !row.isBlank(c.captured()) && !row.flag(c.captured())) {
                sink.skipped(row.line(), "Stripe payment not captured: no money was taken, not revenue");
                return;
            }
            String id = row.required(c.id(), "the charge id such as ch_3OxA...");
            Instant at = row.dateTime(c.created(), DateTimeText.Iso.DATE_TIME, "2024-03-04 09:12:33").toInstant(ZoneOffset.UTC);
            Currency currency = row.currency(c.currency());
            BigDecimal amount = row.notNegative(row.decimal(c.amount(), '.', Locale.US), c.amount(),
                    "a charge amount of zero or more");
            Money gross = row.money(amount, c.amount(), currency);
            BigDecimal refunded = row.decimalOrZero(c.refunded(), '.', Locale.US);
            if (refunded.signum() < 0 || refunded.compareTo(gross.toDecimal()) > 0) {
                throw row.bad(c.refunded(), "a refunded amount from 0 to the charged " + gross.toPlainString());
            }
            Settlement settled = Settlement.of(row, c, gross);
            String product = row.textOrNull(c.product()) != null ? row.textOrNull(c.product()) : row.textOrNull(c.description());
            String customer = customer(row);
            Currency base = options.baseCurrency();
            ImportedMoney refund = refunded.signum() > 0
                    ? refund(row, id, product, customer, currency, refunded, settled, base) : null;
            sink.row(new ImportedMoney(row.line(), id, ImportedMoney.Kind.SALE, product, customer, at, gross,
                    settled.feeInChargeCurrency(gross), ImportedMoney.inBase(settled.amount(), base),
                    ImportedMoney.inBase(settled.fee(), base), null, false, null, row.textOrNull(c.description()), null));
            if (refund != null) {
                sink.row(refund);
            }
        }

        private ImportedMoney refund(CsvRow row, String id, String product, String customer, Currency currency,
                                     BigDecimal refunded, Settlement settled, Currency base) {
            if (c.refundedDate() < 0) {
                throw row.bad(c.refunded(), "a 'Refunded date (UTC)' column to date this refund");
            }
            Instant at = row.dateTime(c.refundedDate(), DateTimeText.Iso.DATE_TIME, "2024-03-09 10:00:05")
                    .toInstant(ZoneOffset.UTC);
            Money gross = row.money(refunded, c.refunded(), currency);
            Money settledRefund = settled.refund(row, c, gross);
            Money zeroFee = Money.zero(settled.currency());
            return new ImportedMoney(row.line(), id + ":refund", ImportedMoney.Kind.REFUND, product, customer, at, gross,
                    Money.zero(currency), settledRefund == null ? null : ImportedMoney.inBase(settledRefund, base),
                    settledRefund == null ? null : ImportedMoney.inBase(zeroFee, base), id, false, null,
                    "refund of " + id, null);
        }

        private String customer(CsvRow row) {
            String email = row.textOrNull(c.customerEmail());
            return email != null ? email : row.textOrNull(c.customerDescription());
        }
    }

    /** The charge as it reached the Stripe balance: in the settlement currency, with Stripe's fee. */
    private record Settlement(Currency currency, Money amount, Money fee) {
        static Settlement of(CsvRow row, Columns c, Money gross) {
            Currency currency = row.isBlank(c.convertedCurrency()) ? gross.currency() : row.currency(c.convertedCurrency());
            Money amount = currency.equals(gross.currency()) && row.isBlank(c.convertedAmount()) ? gross
                    : row.money(row.decimal(c.convertedAmount(), '.', Locale.US), c.convertedAmount(), currency);
            BigDecimal fee = row.notNegative(row.decimalOrZero(c.fee(), '.', Locale.US), c.fee(), "a fee of zero or more");
            return new Settlement(currency, amount, row.money(fee, c.fee(), currency));
        }

        Money feeInChargeCurrency(Money gross) {
            if (gross.currency().equals(currency)) {
                return fee;
            }
            return ImportedMoney.scaled(fee, gross.toDecimal(), amount.toDecimal(), gross.currency());
        }

        /** The refund in the settlement currency, or null when the export does not say. */
        Money refund(CsvRow row, Columns c, Money refunded) {
            if (!row.isBlank(c.convertedRefunded())) {
                return row.money(row.decimal(c.convertedRefunded(), '.', Locale.US), c.convertedRefunded(), currency);
            }
            return refunded.currency().equals(currency) ? refunded : null;
        }
    }
}
