package app.fulcrum.cli;

import app.fulcrum.app.Recording;
import app.fulcrum.domain.Money;
import app.fulcrum.domain.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

@Command(name = "person", mixinStandardHelpOptions = true,
        description = "Add and list the people whose time counts: the owner and helpers.",
        subcommands = {picocli.CommandLine.HelpCommand.class})
final class PersonCommand {
    private final CliContext context;

    PersonCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a helper (an assistant or contractor) and what an hour of their time costs.")
    int add(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--helper", description = "A helper (the only kind you can add: the owner is created by init).")
            boolean helper,
            @Option(names = "--cost-rate", paramLabel = "AMOUNT", description = "Cost per hour in the base currency.")
            BigDecimal costRate,
            @Option(names = "--email", paramLabel = "EMAIL", description = "Email, to match imported time.") String email) {
        Person added = context.inWorkspace(store -> new Recording(store).addHelper(name, email,
                costRate == null ? null : Money.of(costRate, store.workspace().currency())));
        context.out().printf("Added helper '%s'%s%n", added.name(), added.costRatePerHour() == null
                ? " without a cost rate (their hours will count as free until you set one with 'person edit')"
                : " at " + added.costRatePerHour() + " an hour");
        return 0;
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a person's name, email or cost rate.")
    int edit(@Parameters(paramLabel = "NAME") String name,
             @Option(names = "--name", paramLabel = "NEW_NAME") String newName,
             @Option(names = "--email", paramLabel = "EMAIL") String email,
             @Option(names = "--cost-rate", paramLabel = "AMOUNT") BigDecimal costRate) {
        Person edited = context.inWorkspace(store -> {
            Person p = new Recording(store).requirePerson(name);
            Person changed = new Person(p.id(), newName == null ? p.name() : newName, email == null ? p.email() : email,
                    p.role(), costRate == null ? p.costRatePerHour() : Money.of(costRate, store.workspace().currency()));
            store.updatePerson(changed);
            return changed;
        });
        context.out().printf("Updated '%s'%n", edited.name());
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the owner and helpers.")
    int list() {
        List<Person> people = context.inWorkspace(store -> store.people());
        TextTable table = new TextTable("ID", "NAME", "ROLE", "EMAIL", "COST/H");
        people.stream().sorted(Comparator.comparingLong(Person::id)).forEach(p -> table.row(String.valueOf(p.id()),
                p.name(), p.role().label(), p.email() == null ? "-" : p.email(),
                p.costRatePerHour() == null ? "-" : p.costRatePerHour().toPlainString()));
        context.out().print(table.render());
        return 0;
    }
}
