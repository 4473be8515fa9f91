/**
 * Writing a workspace out and reading it back: the exact JSON backup, CSV tables and the hledger
 * journal/timeclock bridge. Works from {@link app.fulcrum.app.WorkspaceSnapshot}; imports app and domain.
 */
package app.fulcrum.export;
