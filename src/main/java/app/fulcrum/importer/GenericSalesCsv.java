package app.fulcrum.importer;

import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

/**
 * Any sales or bank CSV, read through a {@link ColumnMapping} (docs/generic-csv.md).
 *
 * <p>Design note. A row is skipped when its type is in {@code skip-when}; it is a refund when its type
 * is in {@code refund-when} (or its amount is negative and {@code negative refund}), an expense when
 * its type is in {@code expense-when} (or negative and {@code negative expense}), else a sale. Amounts
 * are taken as absolute values. The fee is the fee column, else derived from a net column: a sale's
 * fee is gross − |net|; a refund's is |net| − gross (negative: the platform gave its fee back).
 * Without an id column the external id is a hash of date, kind, amount, currency, customer, product and type.
 */
public final class GenericSalesCsv implements SourceFormat {
    private final ColumnMapping mapping;

    public GenericSalesCsv(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String id() {
        return mapping.source();
    }

    @Override
    public String description() {
        return "sales CSV read through a column mapping (" + mapping.source() + ")";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return CsvHeader.ofHead(head, ',').has(mapping.date(), mapping.amount());
    }

    @Override
    public void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException {
        CsvTable.read(fileName, content, mapping.separator(), mapping.skipLines(), sink,
                header -> new Rows(mapping, new Columns(header, mapping), options, sink));
    }

    private record Columns(int date, int amount, int fee, int net, int currency, int customer, int product, int id,
                           int description, int channel, int type) {
        Columns(CsvHeader h, ColumnMapping m) {
            this(h.require(m.date()), h.require(m.amount()), optional(h, m.fee()), optional(h, m.net()),
                    optional(h, m.currencyColumn()), optional(h, m.customer()), optional(h, m.product()),
                    optional(h, m.id()), optional(h, m.description()), optional(h, m.channel()), optional(h, m.type()));
        }

        /** A column the mapping names must exist; one it leaves out is absent. */
        private static int optional(CsvHeader h, String name) {
            return name == null ? CsvHeader.ABSENT : h.require(name);
        }
    }

    private record Rows(ColumnMapping m, Columns c, ParseOptions options, RowSink sink) implements CsvTable.RowReader {
        @Override
        public void row(CsvRow row) {
            String type = row.text(c.type()).toLowerCase(Locale.ROOT);
            if (m.skipWhen().contains(type)) {
                sink.skipped(row.line(), m.source() + " row of type '" + row.text(c.type()) + "': skipped by the mapping");
                return;
            }
            Instant at = instant(row);
            Currency currency = c.currency() >= 0 ? row.currency(c.currency()) : m.currency();
            BigDecimal amount = row.decimal(c.amount(), m.decimal(), options.locale());
            ImportedMoney.Kind kind = kind(type, amount);
            Money gross = row.money(amount.abs(), c.amount(), currency);
            Money fee = row.money(fee(row, kind, amount.abs()), c.fee() >= 0 ? c.fee() : c.net(), currency);
            String product = row.textOrNull(c.product());
            String customer = row.textOrNull(c.customer());
            String description = row.textOrNull(c.description()) != null ? row.textOrNull(c.description()) : product;
            String id = c.id() >= 0 ? row.required(c.id(), "the row's id")
                    : ContentId.CASE_SENSITIVE.of(m.source(), at.toString(), kind.name(), gross.toString(), customer, product, type);
            Currency base = options.baseCurrency();
            sink.row(switch (kind) {
                case SALE -> ImportedMoney.sale(row.line(), id, product, customer, at, gross, fee, base, false,
                        row.textOrNull(c.channel()), description);
                case REFUND -> ImportedMoney.refund(row.line(), id, null, product, customer, at, gross, fee, base, description);
                case EXPENSE -> ImportedMoney.expense(row.line(), id, ExpenseCategory.OTHER, product, at, gross, base, description);
            });
        }

        private ImportedMoney.Kind kind(String type, BigDecimal amount) {
            if (m.refundWhen().contains(type)) {
                return ImportedMoney.Kind.REFUND;
            }
            if (m.expenseWhen().contains(type)) {
                return ImportedMoney.Kind.EXPENSE;
            }
            if (amount.signum() < 0) {
                return m.negativeIsExpense() ? ImportedMoney.Kind.EXPENSE : ImportedMoney.Kind.REFUND;
            }
            return ImportedMoney.Kind.SALE;
        }

        private BigDecimal fee(CsvRow row, ImportedMoney.Kind kind, BigDecimal gross) {
            if (kind == ImportedMoney.Kind.EXPENSE) {
                return BigDecimal.ZERO;
            }
            if (c.fee() >= 0) {
                return row.decimalOrZero(c.fee(), m.decimal(), options.locale()).abs();
            }
            if (c.net() >= 0) {
                BigDecimal net = row.decimal(c.net(), m.decimal(), options.locale()).abs();
                return kind == ImportedMoney.Kind.SALE ? gross.subtract(net) : net.subtract(gross);
            }
            return BigDecimal.ZERO;
        }

        private Instant instant(CsvRow row) {
            ZoneId zone = m.zone() != null ? m.zone() : options.zone();
            if (m.dateFormat() == null) {
                String text = row.required(c.date(), "a date such as 2024-03-04 09:12:33");
                boolean utc = text.endsWith(" UTC") || text.endsWith("Z");
                String local = utc ? text.substring(0, text.length() - (text.endsWith("Z") ? 1 : 4)) : text;
                ZoneId effective = utc ? ZoneOffset.UTC : zone;
                if (local.length() == 10) {
                    return row.date(c.date(), DateTimeText.Iso.DATE, "2024-03-04").atStartOfDay(effective).toInstant();
                }
                return row.dateTime(c.date(), DateTimeText.Iso.DATE_TIME, "2024-03-04 09:12:33", local).atZone(effective).toInstant();
            }
            return row.parse(c.date(), m.dateFormat(), "the mapping's date-format", t -> toInstant(t, zone));
        }

        private static Instant toInstant(TemporalAccessor t, ZoneId zone) {
            if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                return ZonedDateTime.from(t).toInstant();
            }
            if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(t).atZone(zone).toInstant();
            }
            if (!t.isSupported(ChronoField.EPOCH_DAY)) {
                throw new DateTimeException("no date");
            }
            return LocalDate.from(t).atStartOfDay(zone).toInstant();
        }
    }
}
