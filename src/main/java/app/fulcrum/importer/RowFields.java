package app.fulcrum.importer;

import java.util.List;
import java.util.Set;

/**
 * The named fields of a parsed row that rules can match: what a person sees in the export's columns.
 * A field a row lacks reads as no value (never matches).
 */
public final class RowFields {
    public static final Set<String> NAMES = Set.of("project", "client", "task", "tag", "person", "email",
            "description", "product", "customer", "channel", "kind");

    private RowFields() {
    }

    /** The values of {@code field} in {@code row}: one value, several (tags), or none. */
    public static List<String> values(ImportedRow row, String field) {
        if (row instanceof ImportedTime t) {
            return switch (field) {
                case "project" -> listOf(t.project());
                case "client" -> listOf(t.client());
                case "task" -> listOf(t.task());
                case "tag" -> t.tags();
                case "person" -> listOf(t.person());
                case "email" -> listOf(t.email());
                case "description" -> listOf(t.description());
                default -> List.of();
            };
        }
        if (row instanceof ImportedMoney m) {
            return switch (field) {
                case "product" -> listOf(m.product());
                case "customer" -> listOf(m.customer());
                case "channel" -> listOf(m.channel());
                case "description" -> listOf(m.description());
                case "kind" -> listOf(m.kind().name().toLowerCase(java.util.Locale.ROOT));
                default -> List.of();
            };
        }
        return List.of();
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
