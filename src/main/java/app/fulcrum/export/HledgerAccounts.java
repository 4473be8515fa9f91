package app.fulcrum.export;

import app.fulcrum.domain.Activity;
import app.fulcrum.domain.ExpenseCategory;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.Provenance;
import app.fulcrum.domain.Stream;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * hledger account names for a workspace: {@code revenue:<stream>}, {@code expenses:fees:<stream>},
 * {@code expenses:<category>:<stream>} (or {@code :overhead} when shared), {@code assets:<source>}
 * (the import source, {@code assets:bank} for manual rows) and {@code time:<stream>:<activity>:<person>}.
 * Names are slugs (lower case, letters and digits joined by '-'), so they never hold hledger's
 * separators (':' and two spaces); a stream whose slug is taken (or is "overhead") gets "-<id>".
 */
public final class HledgerAccounts {
    static final String OVERHEAD = "overhead";

    private final Map<Long, String> streams = new HashMap<>();
    private final Map<Long, String> people = new HashMap<>();

    private HledgerAccounts(List<Stream> streamList, List<Person> personList) {
        Set<String> taken = new HashSet<>(Set.of(OVERHEAD));
        streamList.stream().sorted(Comparator.comparingLong(Stream::id))
                .forEach(s -> streams.put(s.id(), unique(slug(s.name()), s.id(), taken)));
        Set<String> takenPeople = new HashSet<>();
        personList.stream().sorted(Comparator.comparingLong(Person::id))
                .forEach(p -> people.put(p.id(), unique(slug(p.name()), p.id(), takenPeople)));
    }

    public static HledgerAccounts of(List<Stream> streams, List<Person> people) {
        return new HledgerAccounts(streams, people);
    }

    /** The stream's name as an account component, e.g. "launch-lab". */
    public String stream(Long streamId) {
        return streamId == null ? OVERHEAD : streams.getOrDefault(streamId, "stream-" + streamId);
    }

    public String revenue(long streamId) {
        return "revenue:" + stream(streamId);
    }

    public String fees(long streamId) {
        return "expenses:fees:" + stream(streamId);
    }

    public String expense(ExpenseCategory category, Long streamId) {
        return "expenses:" + category.label() + ":" + stream(streamId);
    }

    public String asset(Provenance provenance) {
        return provenance.isManual() ? "assets:bank" : "assets:" + slug(provenance.source());
    }

    public String time(Long streamId, Activity activity, long personId) {
        return "time:" + stream(streamId) + ":" + activity.label() + ":" + people.getOrDefault(personId, "person-" + personId);
    }

    private static String unique(String slug, long id, Set<String> taken) {
        String name = taken.contains(slug) ? slug + "-" + id : slug;
        taken.add(name);
        return name;
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
