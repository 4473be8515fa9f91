package app.fulcrum.importer;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** The date and time shapes the money and audience exports write (strict: 2024-02-30 is a problem). */
final class Timestamps {
    /** Stripe, Mailchimp: "2024-03-04 09:12" or "2024-03-04 09:12:33" (also with a 'T'). */
    static final DateTimeFormatter ISO_LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** A time of day in 24-hour ("16:02:10") or 12-hour ("4:02:10 PM") form. */
    static final DateTimeFormatter TIME_OF_DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .optionalStart().appendPattern("HH:mm[:ss]").optionalEnd()
            .optionalStart().appendPattern("h:mm[:ss] a").optionalEnd()
            .toFormatter(Locale.US).withResolverStyle(ResolverStyle.SMART);

    static final DateTimeFormatter DATE_ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private Timestamps() {
    }
}
