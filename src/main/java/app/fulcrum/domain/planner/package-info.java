/**
 * The planner: a seeded Monte Carlo simulation of a planned change (raise a price, add a stream,
 * retire a stream) against the status quo, month by month, under the owner's weekly capacity.
 * Pure domain code: JDK only, randomness passed in as a {@link java.util.random.RandomGenerator}.
 */
package app.fulcrum.domain.planner;
