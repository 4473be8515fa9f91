package app.fulcrum.importer;

import app.fulcrum.domain.FulcrumException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every format Fulcrum reads, in detection order (more specific headers first), chosen by
 * {@code --format ID} or detected from the file's name and first 16 KB. Money and audience formats
 * are added to {@link #standard()} beside the time formats.
 */
public final class FormatRegistry {
    /** How much of a file detection looks at. */
    public static final int HEAD_BYTES = 16 * 1024;

    private final List<SourceFormat> formats;

    public FormatRegistry(List<SourceFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public static FormatRegistry standard() {
        List<SourceFormat> all = new ArrayList<>(List.of(
                new ClockifyDetailedCsv(), new TogglDetailedCsv(), new HarvestDetailedCsv(), new KimaiCsv(),
                new GoogleCalendarIcs(), new TimeclockFile(), new TimedotFile(),
                new StripePaymentsCsv(), new StripeBalanceCsv(), new GumroadSalesCsv(), new PayPalActivityCsv(),
                new MailchimpMembersCsv()));
        return new FormatRegistry(all);
    }

    public List<SourceFormat> formats() {
        return formats;
    }

    public String ids() {
        return formats.stream().map(SourceFormat::id).collect(Collectors.joining(", "));
    }

    public Optional<SourceFormat> find(String id) {
        return formats.stream().filter(f -> f.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    public SourceFormat require(String id) {
        return find(id).orElseThrow(() -> new FulcrumException("unknown import format '" + id
                + "': expected auto or one of " + ids()));
    }

    /** The first format that recognizes the head; the message names every format tried. */
    public SourceFormat detect(String fileName, String head) {
        String text = TextLines.stripBom(head);
        for (SourceFormat format : formats) {
            if (format.recognizes(fileName, text)) {
                return format;
            }
        }
        String firstLine = text.lines().findFirst().orElse("").strip();
        throw new FulcrumException(fileName + " matches no known format (tried " + ids() + "); its first line is '"
                + (firstLine.length() > 80 ? firstLine.substring(0, 80) + "…" : firstLine)
                + "': give --format or check that it is an export of one of these");
    }

    /** Reads the head of a stream that must be marked-and-reset afterwards (BufferedInputStream). */
    public static String head(BufferedInputStream in) throws IOException {
        return TextLines.peek(in, HEAD_BYTES);
    }

    /** Chooses the format named by {@code --format} ("auto" or null = detect). */
    public SourceFormat choose(String formatOption, String fileName, BufferedInputStream in) throws IOException {
        if (formatOption == null || formatOption.strip().toLowerCase(Locale.ROOT).equals("auto")) {
            return detect(fileName, head(in));
        }
        return require(formatOption);
    }

    /** Convenience for callers holding a plain stream. */
    public static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
    }
}
