/**
 * JDBC/JDBI implementation of the app's stores over SQLite (embedded default) and PostgreSQL, with
 * Flyway migrations kept as similar as the two dialects allow. Every query is scoped by workspace.
 * Imports app and domain.
 */
package app.fulcrum.storage;
