/**
 * Bytes → domain rows: one class per source format (time trackers, calendars, payment platforms,
 * email lists). Bad rows are data (file, line, column, reason), never a stray exception. Imports domain.
 */
package app.fulcrum.importer;
