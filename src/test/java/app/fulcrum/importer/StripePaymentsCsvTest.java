package app.fulcrum.importer;

import app.fulcrum.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StripePaymentsCsvTest {
    private static final String HEADER = "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,"
            + "Converted Amount Refunded,Converted Currency,Description,Fee,Refunded date (UTC),Status,Customer Email\n";
    private final StripePaymentsCsv format = new StripePaymentsCsv();

    @Test
    void sample_gives_three_sales_two_refunds_and_skips_the_failed_charge() {
        CollectingSink sink = SampleFiles.parseSample(format, "stripe_unified_payments.csv", SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(5);
        assertThat(sink.skipped).containsExactly("5: Stripe Failed payment: no money was taken, not revenue");

        ImportedMoney course = sink.money("ch_3OxAaaLkdIwHu7ix0001");
        assertThat(course.kind()).isEqualTo(ImportedMoney.Kind.SALE);
        assertThat(course.gross()).isEqualTo(Money.ofMinor(100_00, "USD"));
        assertThat(course.fee()).isEqualTo(Money.ofMinor(3_20, "USD"));
        assertThat(course.baseGross()).isEqualTo(Money.ofMinor(100_00, "USD"));
        assertThat(course.product()).isEqualTo("launch-lab");
        assertThat(course.customer()).isEqualTo("zoe@example.com");
        assertThat(course.at()).isEqualTo(Instant.parse("2024-03-04T09:12:33Z"));
    }

    @Test
    void full_refund_is_its_own_row_on_the_refund_date() {
        CollectingSink sink = SampleFiles.parseSample(format, "stripe_unified_payments.csv", SampleFiles.USD_UTC);

        // "1,200.00" carries a thousands comma; the refund keeps Stripe's fee (35.10 stays a cost).
        ImportedMoney sale = sink.money("ch_3OxBbbLkdIwHu7ix0002");
        assertThat(sale.gross()).isEqualTo(Money.ofMinor(1_200_00, "USD"));
        assertThat(sale.fee()).isEqualTo(Money.ofMinor(35_10, "USD"));
        assertThat(sale.product()).isEqualTo("Consulting retainer");
        ImportedMoney refund = sink.money("ch_3OxBbbLkdIwHu7ix0002:refund");
        assertThat(refund.kind()).isEqualTo(ImportedMoney.Kind.REFUND);
        assertThat(refund.refundOfExternalId()).isEqualTo("ch_3OxBbbLkdIwHu7ix0002");
        assertThat(refund.at()).isEqualTo(Instant.parse("2024-03-09T10:00:05Z"));
        assertThat(refund.gross()).isEqualTo(Money.ofMinor(1_200_00, "USD"));
        assertThat(refund.fee()).isEqualTo(Money.ofMinor(0, "USD"));
        assertThat(refund.baseGross()).isEqualTo(Money.ofMinor(1_200_00, "USD"));
    }

    @Test
    void euro_charge_settled_in_dollars_takes_the_converted_columns_as_base_amounts() {
        CollectingSink sink = SampleFiles.parseSample(format, "stripe_unified_payments.csv", SampleFiles.USD_UTC);

        ImportedMoney sale = sink.money("ch_3OxCccLkdIwHu7ix0003");
        assertThat(sale.gross()).isEqualTo(Money.ofMinor(49_00, "EUR"));
        assertThat(sale.baseGross()).isEqualTo(Money.ofMinor(53_21, "USD"));
        assertThat(sale.baseFee()).isEqualTo(Money.ofMinor(1_84, "USD"));
        // 1.84 USD at the charge's own rate 49.00/53.21 = 1.6944 EUR, rounded half-even to 1.69.
        assertThat(sale.fee()).isEqualTo(Money.ofMinor(1_69, "EUR"));
        ImportedMoney refund = sink.money("ch_3OxCccLkdIwHu7ix0003:refund");
        assertThat(refund.gross()).isEqualTo(Money.ofMinor(20_00, "EUR"));
        assertThat(refund.baseGross()).isEqualTo(Money.ofMinor(21_72, "USD"));
        assertThat(refund.at()).isEqualTo(Instant.parse("2024-03-07T12:00:00Z"));
    }

    @Test
    void base_amounts_stay_open_when_the_settlement_currency_is_not_the_base_currency() {
        CollectingSink sink = SampleFiles.parseSample(format, "stripe_unified_payments.csv", SampleFiles.EUR_BERLIN);

        ImportedMoney sale = sink.money("ch_3OxCccLkdIwHu7ix0003");
        assertThat(sale.gross()).isEqualTo(Money.ofMinor(49_00, "EUR"));
        assertThat(sale.baseGross()).isNull();
        assertThat(sale.baseFee()).isNull();
    }

    @Test
    void the_sample_header_is_recognized_and_balance_history_is_not() {
        assertThat(format.recognizes("unified_payments.csv", SampleFiles.head("stripe_unified_payments.csv"))).isTrue();
        assertThat(format.recognizes("balance.csv", SampleFiles.head("stripe_balance_all_activity.csv"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what is wrong                | row                                                                               | expected problem
            "amount is text                 | ch_1,2024-03-04 09:12:33,abc,0.00,usd,true,,,,x,1.00,,Paid,a@b.c                  | quirk.csv:2:3: found 'abc' in Amount, expected a number such as 1,234.56 or 1.234,56",
            "date is not a date             | ch_1,04/03/2024,10.00,0.00,usd,true,,,,x,1.00,,Paid,a@b.c                         | quirk.csv:2:2: found '04/03/2024' in Created date (UTC), expected a date and time such as 2024-03-04 09:12:33",
            "currency is not ISO            | ch_1,2024-03-04 09:12:33,10.00,0.00,dollars,true,,,,x,1.00,,Paid,a@b.c             | quirk.csv:2:5: found 'dollars' in Currency, expected a three-letter currency code such as USD",
            "unknown status                 | ch_1,2024-03-04 09:12:33,10.00,0.00,usd,true,,,,x,1.00,,Lost,a@b.c                 | quirk.csv:2:13: found 'Lost' in Status, expected a Stripe status: Paid, Refunded, Failed or Canceled",
            "refund without a refund date   | ch_1,2024-03-04 09:12:33,10.00,5.00,usd,true,,,,x,1.00,,Paid,a@b.c                 | quirk.csv:2:12: found '' in Refunded date (UTC), expected a date such as 2024-03-09 10:00:05",
            "three decimals in dollars      | ch_1,2024-03-04 09:12:33,10.005,0.00,usd,true,,,,x,1.00,,Paid,a@b.c                | quirk.csv:2:3: found '10.005' in Amount, expected an amount with at most 2 decimals in USD",
            "a field is missing             | ch_1,2024-03-04 09:12:33,10.00,0.00,usd,true,,,,x,1.00,,Paid                       | quirk.csv:2: found 13 fields, expected 14 as in the header on line 1",
    })
    void bad_cells_are_problems_naming_line_column_found_and_expected(String what, String row, String expected) {
        CollectingSink sink = SampleFiles.parseText(format, HEADER + row + "\n", SampleFiles.USD_UTC);

        assertThat(sink.rows).as(what).isEmpty();
        assertThat(sink.problemTexts()).as(what).containsExactly(expected);
    }

    @Test
    void a_header_without_amount_is_one_problem_on_line_one() {
        CollectingSink sink = SampleFiles.parseText(format, "id,Created date (UTC),Status\nch_1,2024-03-04 09:00,Paid\n",
                SampleFiles.USD_UTC);

        assertThat(sink.problemTexts()).containsExactly(
                "quirk.csv:1: found no column named 'Amount' in the header, expected one because this format needs it");
    }

    @Test
    void canceled_and_uncaptured_charges_are_skipped_with_reasons() {
        String rows = "ch_1,2024-03-04 09:12:33,10.00,0.00,usd,true,,,,x,0.00,,Canceled,a@b.c\n"
                + "ch_2,2024-03-04 09:12:33,10.00,0.00,usd,false,,,,x,0.00,,Paid,a@b.c\n";
        CollectingSink sink = SampleFiles.parseText(format, HEADER + rows, SampleFiles.USD_UTC);

        assertThat(sink.rows).isEmpty();
        assertThat(sink.skipped).containsExactly("2: Stripe Canceled payment: no money was taken, not revenue",
                "3: Stripe payment not captured: no money was taken, not revenue");
    }

    @Test
    void partial_refund_in_a_utf8_bom_file_keeps_the_sale_and_adds_the_refund() {
        String rows = "ch_9,2024-03-04 09:12,\"2,000.00\",250.50,usd,true,\"2,000.00\",250.50,usd,Retainer,58.30,"
                + "2024-04-01 08:00,Paid,a@b.c\n";
        CollectingSink sink = SampleFiles.parseText(format, "\ufeff" + HEADER + rows, SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.money("ch_9").gross()).isEqualTo(Money.ofMinor(2_000_00, "USD"));
        assertThat(sink.money("ch_9:refund").gross()).isEqualTo(Money.ofMinor(250_50, "USD"));
        assertThat(sink.money("ch_9:refund").at()).isEqualTo(Instant.parse("2024-04-01T08:00:00Z"));
    }
}
