/**
 * The leverage report: a pure function from {@link app.fulcrum.domain.ReportFacts} (day-level aggregates in
 * base-currency minor units), a {@link app.fulcrum.domain.report.ReportRequest} and {@code today} to an
 * immutable {@link app.fulcrum.domain.report.LeverageReport}. Every figure of SPEC.md "Metrics" and
 * "Labels" per stream and for the whole business, for the period and per bucket. Small reusable pieces
 * ({@link app.fulcrum.domain.report.Memberships}, {@link app.fulcrum.domain.report.Utilization},
 * {@link app.fulcrum.domain.report.LinearFit}) serve the ladder and the planner too. JDK only.
 */
package app.fulcrum.domain.report;
