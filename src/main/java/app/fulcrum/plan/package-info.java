/**
 * The planner's adapters: scenario files (YAML or JSON, read with Jackson) → domain
 * {@link app.fulcrum.domain.planner.Scenario}, and a {@link app.fulcrum.domain.planner.PlanResult} →
 * table, JSON, CSV or a chart (JFreeChart, SVG or PNG). Imports domain and app only.
 */
package app.fulcrum.plan;
