package app.fulcrum.domain.ladder;

import java.time.LocalDate;

/**
 * One cohort of a group or workshop stream: its sales clustered into an enrolment window (see
 * {@link Cohorts}). {@code delivered} when the window closed before today: a gap of more than the
 * cohort gap has passed since its last sale.
 */
public record Cohort(String stream, LocalDate firstSale, LocalDate lastSale, int sales, boolean delivered) {
}
