package app.fulcrum.app;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.importer.ImportProblem;
import app.fulcrum.importer.ImportedAudience;
import app.fulcrum.importer.ImportedMoney;
import app.fulcrum.importer.ImportedRow;
import app.fulcrum.importer.ImportedTime;
import app.fulcrum.importer.RowSink;

import java.util.List;
import java.util.Optional;

/**
 * The sink one file is parsed into: maps each row (see {@link RowMapping}), tallies it and hands it to
 * the batch writer. After the first problem it stops writing but keeps reading, to list up to 20
 * problems and count them all.
 */
final class MappingSink implements RowSink {
    private final String file;
    private final String source;
    private final RowMapping mapping;
    private final MoneyRows money;
    private final ImportBatch batch;
    private final ImportTally tally;
    private final List<ImportProblem> problems;
    private long problemCount;

    MappingSink(String file, String source, RowMapping mapping, MoneyRows money, ImportBatch batch,
                ImportTally tally, List<ImportProblem> problems) {
        this.file = file;
        this.source = source;
        this.mapping = mapping;
        this.money = money;
        this.batch = batch;
        this.tally = tally;
        this.problems = problems;
    }

    @Override
    public void row(ImportedRow row) {
        try {
            Provenance provenance = Provenance.imported(source, file, row.line(), row.externalId());
            if (row instanceof ImportedTime t) {
                time(t, provenance);
            } else if (row instanceof ImportedMoney m) {
                money(m, provenance);
            } else if (row instanceof ImportedAudience a) {
                tally.audience();
                write(() -> batch.add(new AudienceSnapshot(0, a.date(), a.listSize(), a.buyers(), provenance)));
            }
        } catch (FulcrumException | IllegalArgumentException e) {
            problem(new ImportProblem(file, row.line(), null, e.getMessage()));
        }
    }

    @Override
    public void skipped(int line, String reason) {
        tally.skipped(reason);
    }

    @Override
    public void problem(ImportProblem problem) {
        problemCount++;
        if (problems.size() < ImportFailedException.SHOWN) {
            problems.add(problem);
        }
        batch.discard();
    }

    long problemCount() {
        return problemCount;
    }

    private void time(ImportedTime row, Provenance provenance) {
        if (row.durationSeconds() <= 0) {
            tally.skipped("zero-length time entry");
            return;
        }
        Optional<Stream> stream = mapping.stream(row, row.project(), file + ":" + row.line());
        if (stream.isEmpty() && mapping.hasStreamName(row, row.project())) {
            return;
        }
        var activity = mapping.activity(row);
        var person = mapping.person(row);
        tally.time(stream.map(Stream::name).orElse(""), activity, row.durationSeconds());
        Long streamId = stream.map(Stream::id).orElse(null);
        write(() -> batch.add(new TimeEntry(0, person.id(), streamId, activity, row.start(), row.durationSeconds(),
                row.description(), provenance)));
    }

    private void money(ImportedMoney row, Provenance provenance) {
        Optional<Stream> stream = mapping.stream(row, row.product(), file + ":" + row.line());
        boolean named = mapping.hasStreamName(row, row.product());
        if (row.kind() == ImportedMoney.Kind.EXPENSE) {
            if (stream.isEmpty() && named) {
                return;
            }
            var expense = money.expense(row, stream.map(Stream::id).orElse(null), provenance);
            tally.expense();
            write(() -> batch.add(expense));
            return;
        }
        if (stream.isEmpty()) {
            if (!named) {
                throw new FulcrumException("found a " + row.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " with no product, expected --stream or a rules file naming its stream");
            }
            return;
        }
        var sale = money.sale(row, stream.get().id(), provenance, batch);
        tally.money(stream.get().name(), sale.refund(), sale.baseGross(), sale.baseFee());
        write(() -> batch.add(sale));
    }

    private void write(Runnable add) {
        if (problemCount == 0 && mapping.unmatched().isEmpty()) {
            add.run();
        }
    }
}
