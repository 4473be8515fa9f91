package app.fulcrum.domain;

/** The owner (exactly one per workspace) or a helper with an hourly cost rate (null when not known yet). */
public record Person(long id, String name, String email, PersonRole role, Money costRatePerHour) {
    public Person {
        if (name == null || name.isBlank()) {
            throw new FulcrumException("a person needs a name");
        }
        if (role == null) {
            role = PersonRole.HELPER;
        }
    }

    public boolean isOwner() {
        return role == PersonRole.OWNER;
    }

    public Person withId(long newId) {
        return new Person(newId, name, email, role, costRatePerHour);
    }
}
