package app.fulcrum.cli;

import app.fulcrum.app.ImportFiles;
import app.fulcrum.app.ImportInput;
import app.fulcrum.app.ImportProgress;
import app.fulcrum.app.ImportRequest;
import app.fulcrum.app.ImportSummary;
import app.fulcrum.domain.Activity;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.importer.ColumnMapping;
import app.fulcrum.importer.FormatRegistry;
import app.fulcrum.importer.GenericSalesCsv;
import app.fulcrum.importer.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code fulcrum import FILE...}: parse → one {@link ImportFiles} call → print the summary. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import time-tracker, calendar, payment and email-list exports, all or nothing.",
                "Formats: toggl, clockify, harvest, kimai, ics, timeclock, timedot, stripe, stripe-balance,",
                "gumroad, paypal, mailchimp, and any other CSV with --mapping FILE;",
                "auto-detected from the file unless --format is given. Re-importing adds only new rows."})
public final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Export files to import.")
    List<Path> files;
    @Option(names = "--format", defaultValue = "auto", description = "auto (default) or a format id.")
    String format;
    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Column mapping for any other CSV (course platforms, banks): see docs/generic-csv.md.")
    Path mapping;
    @Option(names = "--rules", paramLabel = "FILE", description = "Rules file (docs/import-rules.md); stored for later imports.")
    Path rules;
    @Option(names = "--stream", description = "Put every row into this stream.")
    String stream;
    @Option(names = "--activity", defaultValue = "delivery", description = "Activity for rows no tag, task or rule places (default delivery).")
    String activity;
    @Option(names = "--timezone", paramLabel = "TZ", description = "Zone of local times in the files (default: the workspace's).")
    String timezone;
    @Option(names = "--locale", paramLabel = "L", description = "Number and date locale, e.g. de-DE (decimal comma, day first).")
    String locale;
    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.")
    boolean dryRun;
    @Option(names = "--create-streams", description = "Create streams (kind other) for names that match none.")
    boolean createStreams;

    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        FormatRegistry registry = FormatRegistry.standard();
        if (mapping != null) {
            GenericSalesCsv generic = new GenericSalesCsv(ColumnMapping.parse(mapping.toString(), read(mapping)));
            List<SourceFormat> formats = new ArrayList<>(registry.formats());
            formats.add(generic);
            registry = new FormatRegistry(formats);
            if ("auto".equalsIgnoreCase(format)) {
                format = generic.id();
            }
        }
        ImportRequest request = request();
        ImportSummary summary;
        try {
            summary = new ImportFiles(context.database(), registry).run(context.workspace().id(), request, progress());
        } finally {
            if (System.console() != null) {
                context.err().print("\r" + " ".repeat(79) + "\r");
                context.err().flush();
            }
        }
        ImportView.print(summary, context.out());
        return 0;
    }

    private ImportRequest request() throws IOException {
        List<ImportInput> inputs = new ArrayList<>();
        for (Path file : files) {
            try {
                inputs.add(ImportInput.of(file));
            } catch (NoSuchFileException e) {
                throw new FulcrumException("no such file: " + file);
            }
        }
        String rulesText = rules == null ? null : read(rules);
        return new ImportRequest(inputs, format, rules == null ? null : rules.getFileName().toString(), rulesText,
                stream, Activity.parse(activity), zone(), locale == null ? Locale.ROOT : Locale.forLanguageTag(locale),
                dryRun, createStreams, context.clock().instant());
    }

    private ZoneId zone() {
        try {
            return timezone == null ? null : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new FulcrumException("unknown time zone '" + timezone + "': expected an IANA name such as Europe/Berlin");
        }
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FulcrumException("no such file: " + file);
        }
    }

    /** A bar on stderr only on a terminal; files under a few MB finish before it would help. */
    private ImportProgress progress() {
        if (System.console() == null) {
            return ImportProgress.NONE;
        }
        return (file, done, total) -> {
            if (total > 0) {
                int width = 30;
                int filled = (int) Math.min(width, done * width / total);
                context.err().print("\r" + file + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                        + done * 100 / total + "%");
                context.err().flush();
            }
        };
    }
}
