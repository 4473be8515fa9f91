/**
 * The pure model and rules of Fulcrum: money, streams, time, sales, metrics, the ladder and the
 * planner. JDK only (java.lang, java.math, java.time, java.util): no I/O, no SQL, no libraries.
 * Reports are functions from data to immutable values; time and randomness are passed in.
 */
package app.fulcrum.domain;
