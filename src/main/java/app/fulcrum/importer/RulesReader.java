package app.fulcrum.importer;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.FulcrumException;

import java.util.ArrayList;
import java.util.List;

/** Reads the text of a rules file into {@link ImportRules}; errors name file and line. */
final class RulesReader {
    private final String fileName;
    private final List<ImportRules.Rule> rules = new ArrayList<>();
    private List<List<ImportRules.Condition>> alternatives = new ArrayList<>();
    private String stream;
    private Activity activity;
    private String person;
    private int ruleLine;
    private boolean inAssignments;

    RulesReader(String fileName) {
        this.fileName = fileName;
    }

    ImportRules read(String text) {
        int number = 0;
        for (String raw : text.split("\\r?\\n|\\r", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            String keyword = line.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
            String rest = line.length() > keyword.length() ? line.substring(keyword.length()).strip() : "";
            switch (keyword) {
                case "if" -> startAlternative(number, rest);
                case "and" -> narrow(number, rest);
                case "stream", "activity", "person" -> assign(number, keyword, ImportRules.unquote(rest));
                default -> throw new FulcrumException(fileName + ":" + number + ": found '" + keyword
                        + "', expected if, and, stream, activity or person");
            }
        }
        finishRule(number);
        return new ImportRules(rules, text);
    }

    private void startAlternative(int number, String spec) {
        if (inAssignments) {
            finishRule(number);
        }
        if (alternatives.isEmpty()) {
            ruleLine = number;
        }
        List<ImportRules.Condition> all = new ArrayList<>();
        all.add(ImportRules.condition(fileName, number, spec));
        alternatives.add(all);
    }

    private void narrow(int number, String spec) {
        if (alternatives.isEmpty() || inAssignments) {
            throw new FulcrumException(fileName + ":" + number + ": found 'and' outside a condition, expected it right after an 'if' line");
        }
        alternatives.get(alternatives.size() - 1).add(ImportRules.condition(fileName, number, spec));
    }

    private void assign(int number, String what, String value) {
        if (alternatives.isEmpty()) {
            throw new FulcrumException(fileName + ":" + number + ": found '" + what + "' before any 'if', expected a condition first");
        }
        if (value.isEmpty()) {
            throw new FulcrumException(fileName + ":" + number + ": found no value, expected a name after " + what);
        }
        inAssignments = true;
        switch (what) {
            case "stream" -> stream = value;
            case "activity" -> activity = Activity.find(value).orElseThrow(() -> new FulcrumException(fileName + ":"
                    + number + ": found activity '" + value + "', expected one of creation, delivery, promotion, sales, "
                    + "support, maintenance, admin"));
            default -> person = value;
        }
    }

    private void finishRule(int number) {
        if (alternatives.isEmpty()) {
            return;
        }
        if (!inAssignments) {
            throw new FulcrumException(fileName + ":" + number + ": found a condition that sets nothing, expected a "
                    + "stream, activity or person line after it");
        }
        rules.add(new ImportRules.Rule(ruleLine, ImportRules.copy(alternatives),
                new ImportRules.Decision(stream, activity, person)));
        alternatives = new ArrayList<>();
        stream = null;
        activity = null;
        person = null;
        inAssignments = false;
    }
}
