/**
 * The {@code fulcrum} command line: picocli, one {@code Callable<Integer>} class per subcommand.
 * Parse → one use-case call → render. Imports app, domain, importer, config.
 */
package app.fulcrum.cli;
