package app.fulcrum.importer;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StripeBalanceCsvTest {
    private final StripeBalanceCsv format = new StripeBalanceCsv();

    @ParameterizedTest
    @CsvSource({
            // sample, row id, kind, gross, fee (minor units, USD), date; the same four transactions in both samples
            "stripe_balance_all_activity.csv,    txn_1OxAaaLkdIwHu7ix0001, SALE,    10000, 320,  2024-03-04T09:12:00Z",
            "stripe_balance_all_activity.csv,    txn_1OxBbbLkdIwHu7ix0005, REFUND, 120000, 0,    2024-03-09T10:00:00Z",
            // a lost dispute: 49.00 goes back to the card holder and Stripe charges 15.00 (Net −64.00)
            "stripe_balance_all_activity.csv,    txn_1OxEeeLkdIwHu7ix0006, REFUND,   4900, 1500, 2024-03-15T12:00:00Z",
            "stripe_balance_all_activity.csv,    txn_1OxFffLkdIwHu7ix0008, EXPENSE,   200, 0,    2024-03-31T23:59:00Z",
            "stripe_balance_change_itemized.csv, txn_1OxAaaLkdIwHu7ix0001, SALE,    10000, 320,  2024-03-04T09:12:33Z",
            "stripe_balance_change_itemized.csv, txn_1OxBbbLkdIwHu7ix0005, REFUND, 120000, 0,    2024-03-09T10:00:05Z",
            "stripe_balance_change_itemized.csv, txn_1OxEeeLkdIwHu7ix0006, REFUND,   4900, 1500, 2024-03-15T12:00:00Z",
            "stripe_balance_change_itemized.csv, txn_1OxFffLkdIwHu7ix0008, EXPENSE,   200, 0,    2024-03-31T23:59:59Z",
    })
    void each_balance_transaction_becomes_a_sale_refund_or_expense(String sample, String id, ImportedMoney.Kind kind,
                                                                    long gross, long fee, Instant at) {
        CollectingSink sink = SampleFiles.parseSample(format, sample, SampleFiles.USD_UTC);

        ImportedMoney row = sink.money(id);
        assertThat(row.kind()).isEqualTo(kind);
        assertThat(row.gross()).isEqualTo(Money.ofMinor(gross, "USD"));
        assertThat(row.fee()).isEqualTo(Money.ofMinor(fee, "USD"));
        assertThat(row.baseGross()).isEqualTo(row.gross());
        assertThat(row.at()).isEqualTo(at);
    }

    @Test
    void all_activity_sample_skips_the_payout() {
        CollectingSink sink = SampleFiles.parseSample(format, "stripe_balance_all_activity.csv", SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(4);
        assertThat(sink.skipped).containsExactly("6: Stripe payout: moves money between your accounts, not revenue");
        assertThat(sink.money("txn_1OxFffLkdIwHu7ix0008").category()).isEqualTo(ExpenseCategory.PLATFORM);
    }

    @Test
    void itemized_sample_has_four_rows_and_nothing_skipped() {
        CollectingSink sink = SampleFiles.parseSample(format, "stripe_balance_change_itemized.csv", SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.skipped).isEmpty();
        assertThat(sink.rows).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stripe_balance_all_activity.csv", "stripe_balance_change_itemized.csv"})
    void both_balance_samples_are_recognized(String sample) {
        assertThat(format.recognizes(sample, SampleFiles.head(sample))).isTrue();
        assertThat(new StripePaymentsCsv().recognizes(sample, SampleFiles.head(sample))).isFalse();
    }

    @Test
    void a_net_that_is_not_amount_minus_fee_is_a_problem() {
        String csv = "id,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description\n"
                + "txn_1,charge,ch_1,100.00,3.20,97.80,usd,2024-03-04 09:12,2024-03-06 00:00,x\n"
                + "txn_2,refund,re_1,50.00,0.00,50.00,usd,2024-03-04 09:12,2024-03-06 00:00,x\n";
        CollectingSink sink = SampleFiles.parseText(format, csv, SampleFiles.USD_UTC);

        assertThat(sink.rows).isEmpty();
        assertThat(sink.problemTexts()).containsExactly(
                "quirk.csv:2:6: found '97.80' in Net, expected Amount − Fee = 96.80",
                "quirk.csv:3:4: found '50.00' in Amount, expected a negative amount for a refund");
    }
}
