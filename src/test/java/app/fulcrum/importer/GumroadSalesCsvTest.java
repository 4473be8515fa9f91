package app.fulcrum.importer;

import app.fulcrum.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GumroadSalesCsvTest {
    private final GumroadSalesCsv format = new GumroadSalesCsv();

    @Test
    void sample_gives_three_sales_two_refunds_and_skips_the_totals_row() {
        CollectingSink sink = SampleFiles.parseSample(format, "gumroad_sales.csv", SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(5);
        assertThat(sink.skipped).containsExactly("5: Gumroad Totals row: sums of the rows above, not a sale");
    }

    @ParameterizedTest
    @CsvSource({
            // id,                   gross, fee — revenue is Sale Price − Taxes; fee is Gumroad's plus PayPal's
            "nY2pQ3xL5kVb9wZc1A==, 4900, 539",   // 49.0 − 0.0; fee 5.39
            "Qm8rT1yU4iOp7aSd2B==, 1900, 410",   // 23.75 − 4.75 VAT = 19.00; fee 2.91 + PayPal 1.19 = 4.10
            "Zx9cV8bN7mLk6jHg3C==, 1000, 130",   // 10.0 − 0.0; fee 1.3 (the buyer paid 170 MXN, settled as 10 USD)
    })
    void sales_carry_pre_tax_revenue_and_all_fees(String id, long gross, long fee) {
        ImportedMoney sale = SampleFiles.parseSample(format, "gumroad_sales.csv", SampleFiles.USD_UTC).money(id);

        assertThat(sale.kind()).isEqualTo(ImportedMoney.Kind.SALE);
        assertThat(sale.gross()).isEqualTo(Money.ofMinor(gross, "USD"));
        assertThat(sale.fee()).isEqualTo(Money.ofMinor(fee, "USD"));
        assertThat(sale.baseGross()).isEqualTo(sale.gross());
        assertThat(sale.baseFee()).isEqualTo(sale.fee());
    }

    @Test
    void first_sale_keeps_product_customer_time_and_channel() {
        ImportedMoney sale = SampleFiles.parseSample(format, "gumroad_sales.csv", SampleFiles.USD_UTC).money("nY2pQ3xL5kVb9wZc1A==");

        assertThat(sale.product()).isEqualTo("Launch Lab, cohort 3");
        assertThat(sale.customer()).isEqualTo("zoe@example.com");
        assertThat(sale.at()).isEqualTo(Instant.parse("2024-03-04T09:12:33Z"));
        assertThat(sale.channel()).isEqualTo("direct");
        assertThat(sale.recurring()).isFalse();
    }

    @Test
    void partial_refund_including_vat_gives_back_its_pre_tax_share() {
        CollectingSink sink = SampleFiles.parseSample(format, "gumroad_sales.csv", SampleFiles.USD_UTC);

        ImportedMoney refund = sink.money("Qm8rT1yU4iOp7aSd2B==:refund");
        // 10.00 refunded of a 23.75 price that held 4.75 VAT: 10.00 × 19.00 / 23.75 = 8.00 of revenue.
        assertThat(refund.kind()).isEqualTo(ImportedMoney.Kind.REFUND);
        assertThat(refund.gross()).isEqualTo(Money.ofMinor(8_00, "USD"));
        assertThat(refund.fee()).isEqualTo(Money.ofMinor(0, "USD"));
        assertThat(refund.refundOfExternalId()).isEqualTo("Qm8rT1yU4iOp7aSd2B==");
        assertThat(refund.at()).isEqualTo(Instant.parse("2024-03-05T23:59:59Z"));
    }

    @Test
    void fully_refunded_recurring_charge_gives_back_everything() {
        CollectingSink sink = SampleFiles.parseSample(format, "gumroad_sales.csv", SampleFiles.USD_UTC);

        assertThat(sink.money("Zx9cV8bN7mLk6jHg3C==").recurring()).isTrue();
        assertThat(sink.money("Zx9cV8bN7mLk6jHg3C==:refund").gross()).isEqualTo(Money.ofMinor(10_00, "USD"));
    }

    @Test
    void sample_is_recognized() {
        assertThat(format.recognizes("gumroad_sales.csv", SampleFiles.head("gumroad_sales.csv"))).isTrue();
        assertThat(format.recognizes("x.csv", SampleFiles.head("stripe_unified_payments.csv"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "offset instead of UTC | 2024-03-04 01:12:33 -0800 | 0.0  | 0 | 0 | 2024-03-04T09:12:33Z",
            "lost dispute          | 2024-03-04 09:12:33 UTC   | 0.0  | 1 | 0 | 2024-03-04T09:12:33Z",
    })
    void quirks_of_time_zone_and_disputes(String what, String time, String partial, int disputed, int won,
                                          Instant expectedAt) {
        String csv = "Purchase ID,Item Name,Purchase Email,Purchase Date,Purchase Time (UTC timezone),Taxes ($),"
                + "Sale Price ($),Fees ($),Partial Refund ($),Fully Refunded?,Disputed?,Dispute Won?\n"
                + "p1,Course,a@b.c,2024-03-04," + time + ",0.0,100.0,10.0," + partial + ",0," + disputed + "," + won + "\n";
        CollectingSink sink = SampleFiles.parseText(format, csv, SampleFiles.USD_UTC);

        assertThat(sink.problems).as(what).isEmpty();
        assertThat(sink.money("p1").at()).as(what).isEqualTo(expectedAt);
        assertThat(sink.rows).as(what).hasSize(disputed == 1 ? 2 : 1);
    }

    @Test
    void a_partial_refund_above_the_price_and_a_bad_flag_are_problems() {
        String csv = "Purchase ID,Purchase Date,Purchase Time (UTC timezone),Sale Price ($),Fees ($),Partial Refund ($),"
                + "Fully Refunded?\n"
                + "p1,2024-03-04,2024-03-04 09:12:33 UTC,10.0,1.0,12.0,0\n"
                + "p2,2024-03-04,2024-03-04 09:12:33 UTC,10.0,1.0,0.0,maybe\n"
                + "p3,2024-03-04,2024-03-04 25:12:33 UTC,10.0,1.0,0.0,0\n";
        CollectingSink sink = SampleFiles.parse(format, "g.csv", csv.getBytes(StandardCharsets.UTF_8), SampleFiles.USD_UTC);

        assertThat(sink.rows).isEmpty();
        assertThat(sink.problemTexts()).containsExactly(
                "g.csv:2:6: found '12.0' in Partial Refund ($), expected a partial refund from 0 to the Sale Price 10.0",
                "g.csv:3:7: found 'maybe' in Fully Refunded?, expected 0 or 1 (or true/false)",
                "g.csv:4:3: found '2024-03-04 25:12:33 UTC' in Purchase Time (UTC timezone), expected a date and time "
                        + "such as 2024-03-04 09:12:33 UTC");
    }
}
