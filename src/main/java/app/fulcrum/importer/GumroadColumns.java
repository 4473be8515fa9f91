package app.fulcrum.importer;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;

import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where each field Fulcrum reads sits in a Gumroad sales export, and the currency its headers name. */
record GumroadColumns(int id, int item, int buyerName, int purchaseEmail, int buyerEmail, int date, int time,
                      int taxes, int salePrice, int fees, int referrer, int partialRefund, int fullyRefunded,
                      int disputed, int disputeWon, int recurring, int preorder, int recurrence, int paypalFee,
                      int paypalFeeCurrency, int stripeFee, int stripeFeeCurrency, int utmSource, Currency currency) {
    private static final Pattern SALE_PRICE = Pattern.compile("Sale Price \\((.+)\\)");

    GumroadColumns(CsvHeader h) {
        this(h.require("Purchase ID"), h.find("Item Name"), h.find("Buyer Name"), h.find("Purchase Email"),
                h.find("Buyer Email"), h.require("Purchase Date"), h.find("Purchase Time (UTC timezone)"),
                find(h, "Taxes"), find(h, "Sale Price"), find(h, "Fees"), h.find("Referrer"),
                find(h, "Partial Refund"), h.find("Fully Refunded?"), h.find("Disputed?"), h.find("Dispute Won?"),
                h.find("Recurring Charge?"), h.find("Pre-order authorization?"), h.find("Recurrence"),
                h.find("PayPal Fee Amount"), h.find("PayPal Fee Currency"), h.find("Stripe Fee Amount"),
                h.find("Stripe Fee Currency"), h.find("UTM Source"), currencyOf(h));
        if (salePrice < 0 || fees < 0) {
            throw BadValue.of(null, "found no 'Sale Price ($)' and 'Fees ($)' columns in the header, "
                    + "expected Gumroad's sales export header");
        }
    }

    /** The column named {@code name (<currency>)}, whatever the currency symbol. */
    private static int find(CsvHeader h, String name) {
        for (int i = 0; i < h.size(); i++) {
            if (h.name(i).startsWith(name + " (") && h.name(i).endsWith(")")) {
                return i;
            }
        }
        return CsvHeader.ABSENT;
    }

    private static Currency currencyOf(CsvHeader h) {
        Matcher m = h.findMatching(SALE_PRICE);
        String symbol = m == null ? "$" : m.group(1).strip();
        if (symbol.equals("$")) {
            return Money.currency("USD");
        }
        try {
            return Money.currency(symbol);
        } catch (FulcrumException e) {
            throw BadValue.of(null, "found 'Sale Price (" + symbol + ")' in the header, expected ($) or a currency "
                    + "code such as (USD)");
        }
    }
}
