package app.fulcrum.domain;

import java.time.LocalDate;

/** A cost of one stream, or shared ({@code streamId} null: business overhead). */
public record Expense(long id, Long streamId, ExpenseCategory category, Money amount, Money baseAmount, LocalDate date,
                      String note, Provenance provenance) {
    public Expense {
        if (category == null || amount == null || baseAmount == null || date == null || provenance == null) {
            throw new IllegalArgumentException("category, amounts, date and provenance are required");
        }
    }

    public boolean isShared() {
        return streamId == null;
    }

    public Expense withId(long newId) {
        return new Expense(newId, streamId, category, amount, baseAmount, date, note, provenance);
    }
}
