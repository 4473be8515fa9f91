package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.TimeEntry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One month of the generated benchmark business: its rows, built in memory (a few megabytes at the
 * 1.2-million-row size) so that each month is written as one chunk. Rows fall on days up to
 * {@code lastDay}; work starts on weekdays between 08:00 and 18:00 in the workspace zone.
 */
final class GeneratedMonth {
    static final String SOURCE = "generated";
    private static final Activity[] ACTIVITIES = Activity.values();
    private static final String[] CHANNELS = {"referral", "podcast", "instagram", "newsletter", "ads", "youtube"};

    final List<TimeEntry> time = new ArrayList<>();
    final List<Sale> sales = new ArrayList<>();
    final List<Expense> expenses = new ArrayList<>();
    final List<AudienceSnapshot> audience = new ArrayList<>();

    private final GeneratedBusiness.Cast cast;
    private final LocalDate first;
    private final int days;
    private final RandomGenerator random;
    private final String tag;

    GeneratedMonth(GeneratedBusiness.Cast cast, LocalDate first, LocalDate lastDay, RandomGenerator random) {
        this.cast = cast;
        this.first = first;
        this.days = lastDay.getDayOfMonth();
        this.random = random;
        this.tag = first.getYear() + "-" + first.getMonthValue() + "-";
    }

    GeneratedMonth fill(long timeEntries, long saleCount, int monthIndex) {
        for (int i = 0; i < timeEntries; i++) {
            time.add(timeEntry(i));
        }
        for (int i = 0; i < saleCount; i++) {
            sales.add(sale(i));
        }
        Currency currency = cast.currency();
        for (Stream stream : cast.streams()) {
            expense(stream, ExpenseCategory.ADS, 50_00 + random.nextInt(200_00), currency);
        }
        expense(null, ExpenseCategory.TOOLS, 120_00, currency);
        expense(null, ExpenseCategory.PLATFORM, 80_00, currency);
        audience.add(new AudienceSnapshot(0, first, 500L + 120L * monthIndex, 200L + 60L * monthIndex,
                new Provenance(SOURCE, null, null, "audience-" + tag)));
        return this;
    }

    private TimeEntry timeEntry(int i) {
        boolean owner = random.nextInt(10) < 7;
        long person = owner ? cast.owner() : cast.helpers().get(random.nextInt(cast.helpers().size()));
        Stream stream = random.nextInt(20) == 0 ? null : cast.streams().get(random.nextInt(cast.streams().size()));
        Activity activity = stream != null && isService(stream.kind()) && random.nextBoolean()
                ? Activity.DELIVERY : ACTIVITIES[random.nextInt(ACTIVITIES.length)];
        LocalDate day = weekday(first.plusDays(random.nextInt(days)));
        var start = day.atTime(8, 0).plusMinutes(15L * random.nextInt(40)).atZone(cast.zone()).toInstant();
        long seconds = 15L * 60 * (1 + random.nextInt(12));
        return new TimeEntry(0, person, stream == null ? null : stream.id(), activity, start, seconds, null,
                new Provenance(SOURCE, null, null, "t-" + tag + i));
    }

    private Sale sale(int i) {
        Stream stream = cast.pickForSale(random);
        LocalDate day = first.plusDays(random.nextInt(days));
        var at = day.atTime(7, 0).plusSeconds(random.nextInt(16 * 3600)).atZone(cast.zone()).toInstant();
        Money gross = stream.listPrice();
        Money fee = new Money(DemoRows.cardFeeMinor(gross.minor()), gross.currency());
        boolean refund = random.nextInt(50) == 0;
        return new Sale(0, stream.id(), at, "customer-" + random.nextInt(40_000) + "@example.com", gross,
                refund ? Money.zero(gross.currency()) : fee, gross, refund ? Money.zero(gross.currency()) : fee, refund,
                null, stream.kind() == StreamKind.MEMBERSHIP, CHANNELS[random.nextInt(CHANNELS.length)],
                new Provenance(SOURCE, null, null, "s-" + tag + i));
    }

    private void expense(Stream stream, ExpenseCategory category, long minor, Currency currency) {
        Money amount = new Money(minor, currency);
        String id = "e-" + tag + (stream == null ? category.label() : stream.id());
        expenses.add(new Expense(0, stream == null ? null : stream.id(), category, amount, amount, first, null,
                new Provenance(SOURCE, null, null, id)));
    }

    /** Saturday and Sunday move back to Friday, or on the 1st and 2nd forward to Monday if that is in the month. */
    private LocalDate weekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow.getValue() < 6) {
            return day;
        }
        LocalDate friday = day.minusDays(dow.getValue() - 5L);
        LocalDate monday = day.plusDays(8L - dow.getValue());
        if (friday.getMonth() == day.getMonth()) {
            return friday;
        }
        return monday.getDayOfMonth() <= days ? monday : day;
    }

    private static boolean isService(StreamKind kind) {
        return kind.rung() == 1 || kind.rung() == 2;
    }
}
