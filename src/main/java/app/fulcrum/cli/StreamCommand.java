package app.fulcrum.cli;

import app.fulcrum.app.Recording;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.domain.StreamStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Add, list and edit income streams (the ways the business earns).",
        subcommands = {picocli.CommandLine.HelpCommand.class})
final class StreamCommand {
    /** The kinds for help text (an annotation needs a constant); errors list them from StreamKind itself. */
    private static final String KINDS = "one-on-one, retainer, group, workshop, course, product, membership, "
            + "affiliate, royalty, investment, other.";

    private final CliContext context;

    StreamCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an income stream.")
    int add(@Parameters(paramLabel = "NAME", description = "The stream's name, e.g. \"1:1 coaching\".") String name,
            @Option(names = "--kind", required = true, paramLabel = "KIND", description = "One of: " + KINDS)
            String kind,
            @Option(names = "--price", paramLabel = "AMOUNT", description = "List price in the base currency.") BigDecimal price,
            @Option(names = "--capacity-hours-per-week", paramLabel = "HOURS",
                    description = "Hours a week you can deliver (one-on-one utilization).") BigDecimal capacityHours,
            @Option(names = "--capacity-seats", paramLabel = "N", description = "Seats per cohort or session (groups).")
            Integer seats) {
        Stream added = context.inWorkspace(store -> new Recording(store).addStream(new Stream(0, name,
                StreamKind.parse(kind), price == null ? null : Money.of(price, store.workspace().currency()),
                capacityHours, seats, StreamStatus.ACTIVE)));
        context.out().printf("Added stream '%s' (%s, rung %d)%n", added.name(), added.kind(), added.kind().rung());
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the streams.")
    int list() {
        List<Stream> streams = context.inWorkspace(store -> store.streams());
        TextTable table = new TextTable("ID", "NAME", "KIND", "RUNG", "PRICE", "CAP H/WK", "STATUS");
        streams.stream().sorted(Comparator.comparingLong(Stream::id)).forEach(s -> table.row(
                String.valueOf(s.id()), s.name(), s.kind().label(), String.valueOf(s.kind().rung()),
                s.listPrice() == null ? "-" : s.listPrice().toPlainString(),
                s.capacityHoursPerWeek() == null ? "-" : s.capacityHoursPerWeek().toPlainString(),
                s.status().label()));
        context.out().print(streams.isEmpty() ? "No streams yet: add one with 'fulcrum stream add NAME --kind KIND'.\n"
                : table.render());
        return 0;
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a stream's name, kind, price, capacity or status.")
    int edit(@Parameters(paramLabel = "NAME", description = "The stream to change.") String name,
             @Option(names = "--name", paramLabel = "NEW_NAME", description = "New name.") String newName,
             @Option(names = "--kind", paramLabel = "KIND", description = "New kind.") String kind,
             @Option(names = "--price", paramLabel = "AMOUNT", description = "New list price.") BigDecimal price,
             @Option(names = "--capacity-hours-per-week", paramLabel = "HOURS") BigDecimal capacityHours,
             @Option(names = "--capacity-seats", paramLabel = "N") Integer seats,
             @Option(names = "--status", paramLabel = "STATUS", description = "active, paused or retired.") String status) {
        Stream edited = context.inWorkspace(store -> {
            Recording recording = new Recording(store);
            Stream s = recording.requireStream(name);
            if (newName != null && !newName.equalsIgnoreCase(s.name())) {
                store.findStream(newName).ifPresent(other -> {
                    throw new app.fulcrum.domain.FulcrumException("a stream named '" + other.name() + "' already exists");
                });
            }
            Stream changed = new Stream(s.id(), newName == null ? s.name() : newName,
                    kind == null ? s.kind() : StreamKind.parse(kind),
                    price == null ? s.listPrice() : Money.of(price, store.workspace().currency()),
                    capacityHours == null ? s.capacityHoursPerWeek() : capacityHours,
                    seats == null ? s.capacitySeats() : seats,
                    status == null ? s.status() : StreamStatus.parse(status));
            store.updateStream(changed);
            return changed;
        });
        context.out().printf("Updated stream '%s' (%s, %s)%n", edited.name(), edited.kind(), edited.status());
        return 0;
    }
}
