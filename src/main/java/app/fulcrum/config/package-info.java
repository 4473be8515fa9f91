/**
 * Typed, immutable settings: defaults &lt; environment &lt; flags, validated once (database location).
 */
package app.fulcrum.config;
