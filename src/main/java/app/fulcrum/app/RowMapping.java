package app.fulcrum.app;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.PersonRole;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.StreamKind;
import app.fulcrum.importer.ImportRules;
import app.fulcrum.importer.ImportedRow;
import app.fulcrum.importer.ImportedTime;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places a parsed row in the workspace. Stream: {@code --stream}, else the first matching rule, else
 * the row's project, calendar title or product, matched ignoring case; a name like
 * {@code income:consulting:acme} (hledger accounts) also matches its last part ("acme"). A name that
 * matches nothing is remembered as unmatched (the import then fails listing them) unless
 * {@code --create-streams} creates it (kind other). Activity: a rule, else a tag or task equal to an
 * activity name, else {@code --activity}. Person: a rule, else the row's email or name matched to the
 * owner or a helper; an unknown person becomes a helper with no cost rate (and a warning); no
 * person at all means the owner. Lookups are cached: a million rows touch the store a few times.
 */
final class RowMapping {
    static final int MAX_UNMATCHED = 20;

    private final WorkspaceStore store;
    private final ImportRequest request;
    private final ImportRules rules;
    private final ImportTally tally;
    private final Map<String, Optional<Stream>> streams = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, String> unmatched = new LinkedHashMap<>();
    private Person owner;

    RowMapping(WorkspaceStore store, ImportRequest request, ImportRules rules, ImportTally tally) {
        this.store = store;
        this.request = request;
        this.rules = rules;
        this.tally = tally;
    }

    /** The row's stream; empty when it has no name (overhead) or the name is unmatched (remembered). */
    Optional<Stream> stream(ImportedRow row, String ownName, String where) {
        Optional<ImportRules.Decision> rule = rules.decide(row);
        String name = request.stream() != null ? request.stream()
                : rule.map(ImportRules.Decision::stream).orElse(ownName);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<Stream> found = streams.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), k -> lookup(name));
        if (found.isEmpty() && unmatched.size() < MAX_UNMATCHED) {
            unmatched.putIfAbsent(name.strip(), where);
        }
        return found;
    }

    boolean hasStreamName(ImportedRow row, String ownName) {
        return request.stream() != null || rules.decide(row).map(ImportRules.Decision::stream).isPresent()
                || (ownName != null && !ownName.isBlank());
    }

    Activity activity(ImportedTime row) {
        Optional<Activity> ruled = rules.decide(row).map(ImportRules.Decision::activity);
        if (ruled.isPresent()) {
            return ruled.get();
        }
        for (String tag : row.tags()) {
            Optional<Activity> a = Activity.find(tag);
            if (a.isPresent()) {
                return a.get();
            }
        }
        return Activity.find(row.task()).orElse(request.activity());
    }

    Person person(ImportedTime row) {
        String ruled = rules.decide(row).map(ImportRules.Decision::person).orElse(null);
        String name = ruled != null ? ruled : row.person();
        String email = ruled != null ? null : row.email();
        if (name == null && email == null) {
            return owner();
        }
        String key = (email == null ? "" : email.toLowerCase(Locale.ROOT)) + "|"
                + (name == null ? "" : name.toLowerCase(Locale.ROOT));
        return people.computeIfAbsent(key, k -> findOrCreate(name, email));
    }

    Map<String, String> unmatched() {
        return unmatched;
    }

    private Person owner() {
        if (owner == null) {
            owner = store.owner();
        }
        return owner;
    }

    private Person findOrCreate(String name, String email) {
        Optional<Person> found = email == null ? Optional.empty() : store.findPerson(email);
        if (found.isEmpty() && name != null) {
            found = store.findPerson(name);
        }
        if (found.isPresent()) {
            return found.get();
        }
        Person helper = store.addPerson(new Person(0, name != null ? name : email, email, PersonRole.HELPER, null));
        tally.warn("new helper '" + helper.name() + "' has no cost rate: set one so their hours count as a cost");
        return helper;
    }

    private Optional<Stream> lookup(String name) {
        Optional<Stream> found = store.findStream(name.strip());
        int colon = name.lastIndexOf(':');
        if (found.isEmpty() && colon >= 0 && colon < name.length() - 1) {
            found = store.findStream(name.substring(colon + 1).strip());
        }
        if (found.isEmpty() && request.createStreams()) {
            found = Optional.of(store.addStream(new Stream(0, name.strip(), StreamKind.OTHER, null, null, null, null)));
            tally.warn("created stream '" + name.strip() + "' (kind other): set its kind with 'fulcrum stream'");
        }
        return found;
    }
}
