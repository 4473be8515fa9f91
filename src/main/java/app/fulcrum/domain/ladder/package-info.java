/**
 * The leverage ladder: which rung the business stands on, and for the next rung (and the current one,
 * its foundation) every readiness check as pass / fail / unknown with the measured value, threshold,
 * data source and reason; plus capacity, clients, cohorts, memberships and advice lines. Pure domain
 * code over {@link app.fulcrum.domain.ReportFacts}; reuses the report's Utilization and Memberships.
 */
package app.fulcrum.domain.ladder;
