package app.fulcrum.cli.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds 78-column text (the report's and the ladder's): labelled cells three to a line, wrapped sentences, and a list of the reasons why
 * some figures are undefined (grouped, so three fit figures missing for one reason take one line).
 */
final class TextGrid {
    static final int WIDTH = 78;
    private static final int PER_LINE = 3;

    private final StringBuilder out;
    private final List<String[]> cells = new ArrayList<>();
    private final Map<String, List<String>> missing = new LinkedHashMap<>();

    TextGrid(StringBuilder out) {
        this.out = out;
    }

    /** A labelled value; when {@code reason} is non-null the value shows as a dash and the reason is listed. */
    TextGrid cell(String label, String value, String reason) {
        cells.add(new String[]{label, reason == null ? value : Shown.DASH});
        if (reason != null) {
            missing.computeIfAbsent(reason, r -> new ArrayList<>()).add(label);
        }
        return this;
    }

    TextGrid cell(String label, String value) {
        return cell(label, value, null);
    }

    /** Writes the cells (13-column label, 11-column value, three a line), then the grouped reasons. */
    void flush() {
        for (int i = 0; i < cells.size(); i += PER_LINE) {
            StringBuilder line = new StringBuilder(" ");
            for (int j = i; j < Math.min(i + PER_LINE, cells.size()); j++) {
                line.append(' ').append(String.format("%-13s%11s", cells.get(j)[0], cells.get(j)[1])).append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        missing.forEach((reason, labels) -> wrapped(out, String.join(", ", labels) + ": " + reason, "  " + Shown.DASH + " ", "    "));
        cells.clear();
        missing.clear();
    }

    /** Appends {@code text} wrapped at {@link #WIDTH}: the first line after {@code first}, the rest after {@code rest}. */
    static void wrapped(StringBuilder out, String text, String first, String rest) {
        wrapped(out, List.of(text.split(" ")), first, rest);
    }

    /** Like {@link #wrapped(StringBuilder, String, String, String)}, but each item is kept whole on one line. */
    static void wrapped(StringBuilder out, List<String> words, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : words) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                start = line.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    /** Cuts {@code text} to {@code width} characters, ending with an ellipsis when cut. */
    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
