package app.fulcrum.importer;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PayPalActivityCsvTest {
    private static final String EU_FILE = "\ufeff\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\","
            + "\"Gross\",\"Fee\",\"Net\",\"From Email Address\",\"To Email Address\",\"Transaction ID\",\"Item Title\","
            + "\"Reference Txn ID\",\"Balance Impact\"\n"
            + "\"13.03.2024\",\"21:05:00\",\"MEZ\",\"Anna\",\"Website Payment\",\"Completed\",\"EUR\",\"1.234,56\",\"-35,36\","
            + "\"1.199,20\",\"anna@example.de\",\"me@example.de\",\"EU1\",\"Workshop\",\"\",\"Credit\"\n"
            + "\"14.03.2024\",\"09:00:00\",\"MEZ\",\"\",\"Account Hold for Open Authorization\",\"Completed\",\"EUR\",\"-10,00\","
            + "\"0,00\",\"-10,00\",\"\",\"\",\"EU2\",\"\",\"\",\"Debit\"\n"
            + "\"14.03.2024\",\"09:00:00\",\"MEZ\",\"\",\"Authorization\",\"Completed\",\"EUR\",\"10,00\",\"0,00\",\"10,00\","
            + "\"\",\"\",\"EU3\",\"\",\"\",\"Memo\"\n"
            + "\"15/03/2024\",\"9:30:00 PM\",\"CET\",\"Bob\",\"Express Checkout Payment\",\"Completed\",\"EUR\",\"20,00\","
            + "\"-0,93\",\"19,07\",\"bob@example.at\",\"me@example.de\",\"EU4\",\"Templates\",\"\",\"Credit\"\n"
            + "\"16/03/2024\",\"10:00:00\",\"CET\",\"Tool Co\",\"Express Checkout Payment\",\"Completed\",\"EUR\",\"-30,00\","
            + "\"0,00\",\"-30,00\",\"me@example.de\",\"sales@tool.example\",\"EU5\",\"Scheduling tool\",\"\",\"Debit\"\n";
    private final PayPalActivityCsv format = new PayPalActivityCsv();

    @Test
    void sample_gives_two_sales_one_linked_refund_and_skips_the_pending_withdrawal() {
        CollectingSink sink = SampleFiles.parseSample(format, "paypal_activity.csv", SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(3);
        assertThat(sink.skipped).containsExactly("5: PayPal General Withdrawal (Pending): moves or holds money, not revenue");
    }

    @ParameterizedTest
    @CsvSource({
            // id,               kind,   gross,  fee,  instant (PST = UTC−8, PDT = UTC−7 as the file states)
            "7AB12345CD6789012, SALE,   125000, 4405, 2024-03-04T17:15:02Z",
            "1CD23456EF7890123, SALE,     4900,  218, 2024-03-05T19:20:44Z",
            // the refund gets 1.69 of the 2.18 fee back: its fee is −1.69, so PayPal kept 0.49 in the end
            "9EF34567GH8901234, REFUND,   4900, -169, 2024-03-09T23:02:10Z",
    })
    void sample_amounts_fees_and_times(String id, ImportedMoney.Kind kind, long gross, long fee, Instant at) {
        ImportedMoney row = SampleFiles.parseSample(format, "paypal_activity.csv", SampleFiles.USD_UTC).money(id);

        assertThat(row.kind()).isEqualTo(kind);
        assertThat(row.gross()).isEqualTo(Money.ofMinor(gross, "USD"));
        assertThat(row.fee()).isEqualTo(Money.ofMinor(fee, "USD"));
        assertThat(row.baseGross()).isEqualTo(row.gross());
        assertThat(row.at()).isEqualTo(at);
    }

    @Test
    void refund_points_at_the_sale_by_reference_id_and_names_the_buyer() {
        ImportedMoney refund = SampleFiles.parseSample(format, "paypal_activity.csv", SampleFiles.USD_UTC).money("9EF34567GH8901234");

        assertThat(refund.refundOfExternalId()).isEqualTo("1CD23456EF7890123");
        assertThat(refund.customer()).isEqualTo("bjorn@example.se");
        assertThat(refund.product()).isEqualTo("Course: Launch Lab");
    }

    @Test
    void a_german_locale_reads_the_ambiguous_us_dates_day_first() {
        // 03/04/2024 is 3 April for a German account: nothing in the file settles the order, so the locale does.
        ParseOptions german = new ParseOptions(ZoneId.of("UTC"), Locale.GERMANY, Currency.getInstance("USD"));
        ImportedMoney row = SampleFiles.parseSample(format, "paypal_activity.csv", german).money("7AB12345CD6789012");

        assertThat(row.at()).isEqualTo(Instant.parse("2024-04-03T17:15:02Z"));
        assertThat(row.gross()).isEqualTo(Money.ofMinor(125000, "USD"));
    }

    @Test
    void eu_export_with_bom_decimal_commas_dotted_dates_and_12_hour_times() {
        CollectingSink sink = SampleFiles.parseText(format, EU_FILE, SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.skipped).containsExactly(
                "3: PayPal Account Hold for Open Authorization (Completed): moves or holds money, not revenue",
                "4: PayPal Authorization memo row: no money moved");
        ImportedMoney workshop = sink.money("EU1");
        assertThat(workshop.gross()).isEqualTo(Money.ofMinor(1_234_56, "EUR"));
        assertThat(workshop.fee()).isEqualTo(Money.ofMinor(35_36, "EUR"));
        assertThat(workshop.baseGross()).isNull(); // EUR in a USD workspace: converted at import
        assertThat(workshop.at()).isEqualTo(Instant.parse("2024-03-13T20:05:00Z")); // 21:05 MEZ = UTC+1
        // "15/03/2024" settles day-first for the file; 9:30 PM CET = 20:30 UTC
        assertThat(sink.money("EU4").at()).isEqualTo(Instant.parse("2024-03-15T20:30:00Z"));
        ImportedMoney tool = sink.money("EU5");
        assertThat(tool.kind()).isEqualTo(ImportedMoney.Kind.EXPENSE);
        assertThat(tool.category()).isEqualTo(ExpenseCategory.OTHER);
        assertThat(tool.gross()).isEqualTo(Money.ofMinor(30_00, "EUR"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "net does not add up | \"03/04/2024\",\"09:15:02\",\"PST\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"-1.00\",\"9.50\",\"T1\" | quirk.csv:2:9: found '9.50' in Net, expected Gross + Fee = 9.00",
            "unknown time zone   | \"03/04/2024\",\"09:15:02\",\"XYZ\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"-1.00\",\"9.00\",\"T1\" | quirk.csv:2:3: found 'XYZ' in TimeZone, expected a time zone such as PST, PDT, CET, +01:00 or Europe/Berlin",
            "month 13            | \"13/13/2024\",\"09:15:02\",\"PST\",\"Website Payment\",\"Completed\",\"USD\",\"10.00\",\"-1.00\",\"9.00\",\"T1\" | quirk.csv:2:1: found '13/13/2024' in Date, expected a date such as 12/31/2024",
            "gross is text       | \"03/04/2024\",\"09:15:02\",\"PST\",\"Website Payment\",\"Completed\",\"USD\",\"ten\",\"-1.00\",\"9.00\",\"T1\"   | quirk.csv:2:7: found 'ten' in Gross, expected a number such as 1,234.56 or 1.234,56",
    })
    void bad_rows_are_problems(String what, String row, String expected) {
        String csv = "\"Date\",\"Time\",\"TimeZone\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\",\"Transaction ID\"\n"
                + row + "\n";
        CollectingSink sink = SampleFiles.parseText(format, csv, SampleFiles.USD_UTC);

        assertThat(sink.rows).as(what).isEmpty();
        assertThat(sink.problemTexts()).as(what).containsExactly(expected);
    }

    @Test
    void sample_is_recognized_and_other_money_files_are_not() {
        assertThat(format.recognizes("paypal_activity.csv", SampleFiles.head("paypal_activity.csv"))).isTrue();
        assertThat(format.recognizes("g.csv", SampleFiles.head("gumroad_sales.csv"))).isFalse();
        assertThat(format.recognizes("s.csv", SampleFiles.head("stripe_unified_payments.csv"))).isFalse();
    }
}
