package app.fulcrum.cli;

import app.fulcrum.domain.FulcrumException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.Clock;
import java.util.Map;

/**
 * Builds the picocli command tree with one {@link CliContext} and translates errors once:
 * bad usage exits 2 with the usage, a {@link FulcrumException} exits 1 with its one sentence,
 * anything else exits 1 with a short sentence while the stack trace goes to the log.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        CliContext context = new CliContext(out, err, env, clock);
        CommandLine cli = new CommandLine(new FulcrumCommand(context), new ContextFactory(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        registerConverters(cli);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = ex;
            while (!(cause instanceof FulcrumException) && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof FulcrumException) {
                commandLine.getErr().println("fulcrum: " + cause.getMessage());
            } else {
                LOG.error("unexpected failure in '{}'", commandLine.getCommandName(), ex);
                String log = System.getProperty("org.slf4j.simpleLogger.logFile", "the log on stderr");
                commandLine.getErr().println("fulcrum: internal error (" + ex.getClass().getSimpleName()
                        + "): " + ex.getMessage() + "; the details are in " + log);
            }
            commandLine.getErr().flush();
            return 1;
        });
        cli.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                context.close();
            }
        });
        return cli;
    }

    /** Values a person types, read with messages that say what was expected (no Java exception names). */
    private static void registerConverters(CommandLine cli) {
        cli.registerConverter(BigDecimal.class, text -> {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a number: expected e.g. 197.00");
            }
        });
        cli.registerConverter(LocalDate.class, text -> {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a date: expected YYYY-MM-DD, e.g. 2024-03-04");
            }
        });
        cli.registerConverter(LocalDateTime.class, text -> {
            try {
                return LocalDateTime.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text
                        + "' is not a date and time: expected YYYY-MM-DDTHH:MM, e.g. 2024-03-04T09:00");
            }
        });
    }

    /** Gives every command class that wants it the shared context through its constructor. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
