/**
 * Renderers of report and ladder values for the command line: aligned 80-column tables, JSON (SPEC field names,
 * snake_case, money as decimal strings) and CSV. Pure functions from a domain value to text; no I/O,
 * no database. Part of the cli layer: may import domain (and the libraries Jackson and FastCSV).
 */
package app.fulcrum.cli.render;
