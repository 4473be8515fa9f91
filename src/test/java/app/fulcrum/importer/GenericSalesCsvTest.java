package app.fulcrum.importer;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenericSalesCsvTest {
    private static final String BANK = "Kontoauszug Girokonto\nZeitraum: 01.03.2024 - 31.03.2024\n"
            + "Buchungstag;Verwendungszweck;Betrag\n04.03.2024;Coaching Acme GmbH;1.500,00\n05.03.2024;Zoom Abo;-14,99\n";

    private static GenericSalesCsv format(String mapping) throws IOException {
        return new GenericSalesCsv(ColumnMapping.read(Path.of("src/test/resources/mappings", mapping)));
    }

    @Test
    void course_platform_sample_gives_a_sale_a_refund_and_skips_the_failed_charge() throws IOException {
        CollectingSink sink = SampleFiles.parseSample(format("course_platform.mapping"),
                "course_platform_sales_ILLUSTRATIVE.csv", SampleFiles.USD_UTC);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.skipped).containsExactly("4: teachable row of type 'failed': skipped by the mapping");
        assertThat(sink.rows).hasSize(2);
        ImportedMoney sale = sink.money().get(0);
        ImportedMoney refund = sink.money().get(1);
        // Price 99.00, Earnings 81.27: the platform kept 17.73.
        assertThat(sale.kind()).isEqualTo(ImportedMoney.Kind.SALE);
        assertThat(sale.gross()).isEqualTo(Money.ofMinor(99_00, "USD"));
        assertThat(sale.fee()).isEqualTo(Money.ofMinor(17_73, "USD"));
        assertThat(sale.product()).isEqualTo("Launch Lab, cohort 3");
        assertThat(sale.customer()).isEqualTo("zoe@example.com");
        assertThat(sale.at()).isEqualTo(Instant.parse("2024-03-04T09:12:33Z"));
        // The refund takes back 99.00 and returns the 17.73 fee: earnings fall by exactly 81.27.
        assertThat(refund.kind()).isEqualTo(ImportedMoney.Kind.REFUND);
        assertThat(refund.gross()).isEqualTo(Money.ofMinor(99_00, "USD"));
        assertThat(refund.fee()).isEqualTo(Money.ofMinor(-17_73, "USD"));
        assertThat(refund.at()).isEqualTo(Instant.parse("2024-03-09T10:00:05Z"));
        assertThat(sale.externalId()).startsWith("sha256:").isNotEqualTo(refund.externalId());
    }

    @Test
    void content_ids_do_not_depend_on_the_line_a_row_is_on() throws IOException {
        GenericSalesCsv format = format("course_platform.mapping");
        String header = "Date,Email,Product,Price,Earnings (USD),Status\n";
        String row = "2024-03-04 09:12:33 UTC,zoe@example.com,Course,99.00,81.27,paid\n";
        String other = "2024-03-05 09:12:33 UTC,bo@example.com,Course,49.00,40.00,paid\n";

        String alone = SampleFiles.parseText(format, header + row, SampleFiles.USD_UTC).money().get(0).externalId();
        String second = SampleFiles.parseText(format, header + other + row, SampleFiles.USD_UTC).money().get(1).externalId();

        assertThat(second).isEqualTo(alone);
    }

    @Test
    void bank_statement_with_preamble_semicolons_and_decimal_commas() throws IOException {
        CollectingSink sink = SampleFiles.parseText(format("bank_de.mapping"), BANK, SampleFiles.EUR_BERLIN);

        assertThat(sink.problems).isEmpty();
        ImportedMoney income = sink.money().get(0);
        ImportedMoney zoom = sink.money().get(1);
        assertThat(income.line()).isEqualTo(4);
        assertThat(income.kind()).isEqualTo(ImportedMoney.Kind.SALE);
        assertThat(income.gross()).isEqualTo(Money.ofMinor(1_500_00, "EUR"));
        assertThat(income.baseGross()).isEqualTo(Money.ofMinor(1_500_00, "EUR"));
        assertThat(income.at()).isEqualTo(Instant.parse("2024-03-03T23:00:00Z")); // midnight in Berlin, UTC+1
        assertThat(zoom.kind()).isEqualTo(ImportedMoney.Kind.EXPENSE);
        assertThat(zoom.gross()).isEqualTo(Money.ofMinor(14_99, "EUR"));
        assertThat(zoom.description()).isEqualTo("Zoom Abo");
    }

    @Test
    void a_mapped_column_missing_from_the_file_is_a_problem_on_the_header() throws IOException {
        CollectingSink sink = SampleFiles.parseText(format("course_platform.mapping"), "Date,Price,Status\n", SampleFiles.USD_UTC);

        assertThat(sink.problemTexts()).containsExactly("quirk.csv:1: found no column named 'Earnings (USD)' in the "
                + "header, expected one because this format needs it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key          | date Date\\namount Price\\ncurency USD  | m.txt:3: found key 'curency', expected one of source, date, date-format, timezone, amount, fee, net, currency, currency-code, customer, product, id, description, channel, type, refund-when, skip-when, expense-when, negative, decimal, separator, skip-lines",
            "no currency          | date Date\\namount Price               | m.txt: a column mapping needs 'currency' (a column) or 'currency-code' (e.g. USD)",
            "bad decimal          | date D\\namount A\\ncurrency-code USD\\ndecimal ;  | m.txt: found decimal ';', expected . or , (or auto)",
            "key without a value  | date Date\\namount                   | m.txt:2: found no value after 'amount', expected one",
    })
    void a_bad_mapping_file_names_the_line_and_what_was_expected(String what, String text, String expected) {
        assertThatThrownBy(() -> ColumnMapping.parse("m.txt", text.replace("\\n", "\n")))
                .as(what).isInstanceOf(FulcrumException.class).hasMessage(expected);
    }
}
