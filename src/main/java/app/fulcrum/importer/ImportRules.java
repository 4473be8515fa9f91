package app.fulcrum.importer;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.FulcrumException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rules file (docs/import-rules.md), modelled on hledger's CSV rules: rules in order, the first
 * whose conditions match a row decides that row's stream, activity and/or person. A rule is one or
 * more {@code if FIELD OP VALUE} lines (alternatives: any may match), each optionally narrowed by
 * {@code and FIELD OP VALUE} lines (all must match), then {@code stream NAME}, {@code activity NAME}
 * or {@code person NAME} lines. OP is {@code =} (whole value, ignoring case), {@code contains}
 * (ignoring case) or {@code ~} (Java regex, searched, ignoring case). Blank lines and lines starting
 * with # or ; are comments. The source text is kept so the workspace can store it.
 */
public record ImportRules(List<Rule> rules, String text) {
    public static final ImportRules NONE = new ImportRules(List.of(), "");

    public ImportRules {
        rules = List.copyOf(rules);
    }

    /** What a matching rule sets; null fields are left to the default mapping. */
    public record Decision(String stream, Activity activity, String person) {
    }

    public record Condition(String field, String op, String value, Pattern regex) {
        boolean matches(ImportedRow row) {
            for (String v : RowFields.values(row, field)) {
                boolean hit = switch (op) {
                    case "=" -> v.equalsIgnoreCase(value);
                    case "contains" -> v.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
                    default -> regex.matcher(v).find();
                };
                if (hit) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Alternatives (each a list of conditions that must all hold) and what the rule sets. */
    public record Rule(int line, List<List<Condition>> alternatives, Decision decision) {
        boolean matches(ImportedRow row) {
            return alternatives.stream().anyMatch(all -> all.stream().allMatch(c -> c.matches(row)));
        }
    }

    public Optional<Decision> decide(ImportedRow row) {
        for (Rule rule : rules) {
            if (rule.matches(row)) {
                return Optional.of(rule.decision());
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    public static ImportRules parse(String fileName, String text) {
        return new RulesReader(fileName).read(TextLines.stripBom(text));
    }

    static Condition condition(String fileName, int line, String spec) {
        String[] parts = spec.strip().split("\\s+", 2);
        String field = parts[0].toLowerCase(Locale.ROOT);
        if (!RowFields.NAMES.contains(field)) {
            throw new FulcrumException(fileName + ":" + line + ": found field '" + parts[0] + "', expected one of "
                    + String.join(", ", RowFields.NAMES.stream().sorted().toList()));
        }
        String rest = parts.length > 1 ? parts[1].strip() : "";
        String op = rest.startsWith("contains") ? "contains" : rest.startsWith("~") ? "~" : rest.startsWith("=") ? "=" : null;
        if (op == null) {
            throw new FulcrumException(fileName + ":" + line + ": found '" + rest + "', expected =, contains or ~ after "
                    + field);
        }
        String value = unquote(rest.substring(op.length()).strip());
        if (value.isEmpty()) {
            throw new FulcrumException(fileName + ":" + line + ": found no value, expected a value after " + op);
        }
        try {
            Pattern regex = op.equals("~") ? Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : null;
            return new Condition(field, op, value, regex);
        } catch (PatternSyntaxException e) {
            throw new FulcrumException(fileName + ":" + line + ": found regex '" + value + "', expected a valid Java regex ("
                    + e.getDescription() + ")");
        }
    }

    static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    static List<List<Condition>> copy(List<List<Condition>> alternatives) {
        List<List<Condition>> out = new ArrayList<>();
        alternatives.forEach(a -> out.add(List.copyOf(a)));
        return out;
    }
}
