/**
 * JMH benchmarks (run by {@code bench/jmh.sh}, never by the unit tests): the in-process leverage
 * report over a generated workspace. May import every layer, as the CLI does.
 */
package app.fulcrum.bench;
