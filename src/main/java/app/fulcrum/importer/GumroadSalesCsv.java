package app.fulcrum.importer;

import app.fulcrum.domain.Money;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gumroad's sales export (Analytics → Sales → Export), 72 standard columns plus custom fields.
 *
 * <p>Design note (FORMATS.md §6a, from Gumroad's own export code). Money is in the currency named in
 * the headers ("Sale Price ($)" = USD), major units written as Ruby floats ("49.0"). The seller's
 * revenue is Sale Price − Taxes (taxes are passed on); the fee is Gumroad's fee plus any PayPal/Stripe
 * fee of a seller-connected processor. The last row, "Totals", is skipped. Refunds are columns: a full
 * refund gives back the revenue; a partial refund (which includes tax) gives back its pre-tax share
 * (partial × revenue / Sale Price); a lost dispute counts as a full refund. Gumroad keeps its fee on
 * refunds and the export has no refund date, so the refund row is dated at the purchase.
 */
public final class GumroadSalesCsv implements SourceFormat {
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(?::\\d{2})?)\\s*(\\S*)");

    @Override
    public String id() {
        return "gumroad";
    }

    @Override
    public String description() {
        return "Gumroad sales export CSV";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        CsvHeader header = CsvHeader.ofHead(head, ',');
        return header.has("purchase id", "purchase date")
                && header.names().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("sale price ("));
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        CsvTable.read(fileName, content, sink, header -> new Rows(new GumroadColumns(header), options.baseCurrency(), sink));
    }

    private record Rows(GumroadColumns c, Currency base, RowSink sink) implements CsvTable.RowReader {
        @Override
        public void row(CsvRow row) {
            if (row.text(c.id()).equalsIgnoreCase("Totals")) {
                sink.skipped(row.line(), "Gumroad Totals row: sums of the rows above, not a sale");
                return;
            }
            if (row.flag(c.preorder())) {
                sink.skipped(row.line(), "Gumroad pre-order authorization: the buyer is charged on release, not now");
                return;
            }
            String id = row.required(c.id(), "the Purchase ID");
            Instant at = purchaseTime(row);
            BigDecimal salePrice = nonNegative(row, c.salePrice());
            BigDecimal revenue = salePrice.subtract(row.decimalOrZero(c.taxes(), '.', Locale.US));
            if (revenue.signum() < 0) {
                throw row.bad(c.taxes(), "taxes of at most the Sale Price " + salePrice.toPlainString());
            }
            Money gross = row.money(revenue, c.salePrice(), c.currency());
            Money fee = row.money(nonNegative(row, c.fees()), c.fees(), c.currency())
                    .plus(processorFee(row, c.paypalFee(), c.paypalFeeCurrency()))
                    .plus(processorFee(row, c.stripeFee(), c.stripeFeeCurrency()));
            String product = row.textOrNull(c.item());
            String customer = customer(row);
            ImportedMoney refund = refund(row, id, product, customer, at, gross, salePrice);
            boolean recurring = row.flag(c.recurring()) || !row.isBlank(c.recurrence());
            String channel = row.textOrNull(c.utmSource()) != null ? row.textOrNull(c.utmSource()) : row.textOrNull(c.referrer());
            sink.row(ImportedMoney.sale(row.line(), id, product, customer, at, gross, fee, base, recurring, channel, product));
            if (refund != null) {
                sink.row(refund);
            }
        }

        private ImportedMoney refund(CsvRow row, String id, String product, String customer, Instant at, Money gross,
                                     BigDecimal salePrice) {
            boolean full = row.flag(c.fullyRefunded());
            BigDecimal partial = row.decimalOrZero(c.partialRefund(), '.', Locale.US);
            boolean lostDispute = row.flag(c.disputed()) && !row.flag(c.disputeWon());
            String note = " (Gumroad gives no refund date: dated at the purchase)";
            if (full || (lostDispute && partial.signum() == 0)) {
                return ImportedMoney.refund(row.line(), id + ":refund", id, product, customer, at, gross,
                        Money.zero(gross.currency()), base, (full ? "full refund" : "lost dispute") + note);
            }
            if (partial.signum() == 0) {
                return null;
            }
            if (partial.signum() < 0 || partial.compareTo(salePrice) > 0) {
                throw row.bad(c.partialRefund(), "a partial refund from 0 to the Sale Price " + salePrice.toPlainString());
            }
            Money share = ImportedMoney.scaled(gross, partial, salePrice, gross.currency());
            return ImportedMoney.refund(row.line(), id + ":refund", id, product, customer, at, share,
                    Money.zero(gross.currency()), base, "partial refund of " + partial.toPlainString() + " incl. tax" + note);
        }

        private Instant purchaseTime(CsvRow row) {
            if (row.isBlank(c.time())) {
                LocalDate date = row.date(c.date(), DateTimeText.Iso.DATE, "2024-03-04");
                return date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            Matcher m = TIME.matcher(row.text(c.time()));
            if (!m.matches()) {
                throw row.bad(c.time(), "a time such as 2024-03-04 09:12:33 UTC");
            }
            ZoneOffset offset = offset(row, m.group(2));
            return row.dateTime(c.time(), DateTimeText.Iso.DATE_TIME, "2024-03-04 09:12:33 UTC", m.group(1)).toInstant(offset);
        }

        private ZoneOffset offset(CsvRow row, String zone) {
            String z = zone.toUpperCase(Locale.ROOT);
            if (z.isEmpty() || z.equals("UTC") || z.equals("GMT") || z.equals("Z")) {
                return ZoneOffset.UTC;
            }
            if (z.matches("[+-]\\d{2}:?\\d{2}")) {
                return ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
            }
            throw row.bad(c.time(), "a UTC time such as 2024-03-04 09:12:33 UTC (or with an offset like -0800)");
        }

        private Money processorFee(CsvRow row, int amountColumn, int currencyColumn) {
            if (row.isBlank(amountColumn)) {
                return Money.zero(c.currency());
            }
            if (!row.isBlank(currencyColumn) && !row.currency(currencyColumn).equals(c.currency())) {
                throw row.bad(currencyColumn, c.currency().getCurrencyCode() + ", the currency of the other amounts");
            }
            return row.money(nonNegative(row, amountColumn), amountColumn, c.currency());
        }

        private BigDecimal nonNegative(CsvRow row, int column) {
            return row.notNegative(row.decimalOrZero(column, '.', Locale.US), column, "an amount of zero or more");
        }

        private String customer(CsvRow row) {
            for (int column : new int[]{c.purchaseEmail(), c.buyerEmail(), c.buyerName()}) {
                if (!row.isBlank(column)) {
                    return row.text(column);
                }
            }
            return null;
        }
    }
}
