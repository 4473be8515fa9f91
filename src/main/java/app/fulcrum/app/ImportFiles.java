package app.fulcrum.app;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Workspace;
import app.fulcrum.importer.FormatRegistry;
import app.fulcrum.importer.ImportProblem;
import app.fulcrum.importer.ImportRules;
import app.fulcrum.importer.ParseOptions;
import app.fulcrum.importer.SourceFormat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The import use case: every file is parsed, mapped and written in ONE transaction; any bad row,
 * unmatched stream name or missing rate throws and rolls everything back, so an import is all or
 * nothing. Re-imports are idempotent because rows carry (source, external id) and the store inserts
 * only unknown ones. A dry run does all of it, reports, and rolls back. The rules file, once given,
 * is stored in the workspace setting {@value #RULES_SETTING} and used by later imports without one.
 */
public final class ImportFiles {
    public static final String RULES_SETTING = "import.rules";

    private final Database database;
    private final FormatRegistry formats;

    public ImportFiles(Database database, FormatRegistry formats) {
        this.database = database;
        this.formats = formats;
    }

    public ImportSummary run(long workspaceId, ImportRequest request, ImportProgress progress) {
        try {
            return database.inTransaction(workspaceId, store -> {
                ImportSummary summary = importAll(store, request, progress);
                if (request.dryRun()) {
                    throw new DryRun(summary);
                }
                return summary;
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DryRun dry) {
                    return dry.summary;
                }
            }
            throw e;
        }
    }

    private ImportSummary importAll(WorkspaceStore store, ImportRequest request, ImportProgress progress) {
        Workspace workspace = store.workspace();
        ImportRules rules = rules(store, request);
        ImportTally tally = new ImportTally(workspace.currency());
        RowMapping mapping = new RowMapping(store, request, rules, tally);
        MoneyRows money = new MoneyRows(store);
        ImportBatch batch = new ImportBatch(store, tally);
        List<ImportProblem> problems = new ArrayList<>();
        long problemCount = 0;
        ParseOptions options = new ParseOptions(request.zone() != null ? request.zone() : workspace.zone(),
                request.locale(), workspace.currency(), request.now());
        for (ImportInput input : request.files()) {
            try (InputStream raw = input.opener().open()) {
                BufferedInputStream in = FormatRegistry.buffered(new CountingStream(raw, input, progress));
                SourceFormat format = formats.choose(request.format(), input.name(), in);
                tally.startFile(input.name(), format.id());
                MappingSink sink = new MappingSink(input.name(), format.id(), mapping, money, batch, tally, problems);
                format.parse(input.name(), in, options, sink);
                problemCount += sink.problemCount();
                if (problemCount == 0 && mapping.unmatched().isEmpty()) {
                    batch.flush();
                }
                tally.endFile();
            } catch (IOException e) {
                throw new FulcrumException("cannot read " + input.name() + ": " + e.getMessage(), e);
            }
        }
        if (problemCount > 0) {
            throw new ImportFailedException(problems, problemCount);
        }
        failOnUnmatched(mapping.unmatched(), store);
        return tally.summary(request.dryRun());
    }

    private static ImportRules rules(WorkspaceStore store, ImportRequest request) {
        if (request.rulesText() != null) {
            ImportRules rules = ImportRules.parse(request.rulesName(), request.rulesText());
            store.putSetting(RULES_SETTING, request.rulesText());
            return rules;
        }
        return store.settings().find(RULES_SETTING).map(text -> ImportRules.parse("stored import rules", text))
                .orElse(ImportRules.NONE);
    }

    private static void failOnUnmatched(Map<String, String> unmatched, WorkspaceStore store) {
        if (unmatched.isEmpty()) {
            return;
        }
        String names = unmatched.entrySet().stream().map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        String known = store.streams().stream().map(s -> s.name()).limit(20).collect(Collectors.joining(", "));
        throw new FulcrumException("nothing imported: no stream is named " + names + "; known streams: "
                + (known.isEmpty() ? "none" : known) + ". Add them with 'fulcrum stream add', map them with "
                + "--stream or --rules, or pass --create-streams");
    }

    /** Carries a dry run's summary out of the transaction it rolls back. */
    private static final class DryRun extends RuntimeException {
        private final transient ImportSummary summary;

        DryRun(ImportSummary summary) {
            super("dry run", null, false, false);
            this.summary = summary;
        }
    }

    /** Counts bytes read, telling the progress listener every 4 MB. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private static final long STEP = 4L << 20;
        private final ImportInput input;
        private final ImportProgress progress;
        private long count;
        private long next = STEP;

        CountingStream(InputStream in, ImportInput input, ImportProgress progress) {
            super(in);
            this.input = input;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            advance(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            advance(Math.max(0, n));
            return n;
        }

        private void advance(int n) {
            count += n;
            if (count >= next) {
                next = count + STEP;
                progress.update(input.name(), count, input.size());
            }
        }
    }
}
