/**
 * The planner's adapters: scenario files (YAML or JSON, read with Jackson) → domain
 * {@link app.fulcrum.domain.planner.Scenario}, and a {@link app.fulcrum.domain.planner.PlanResult} →
 * JSON, CSV or a chart (JFreeChart, SVG or PNG); the table for a terminal is in {@code cli.render}. Imports
 * domain and app only.
 */
package app.fulcrum.plan;
