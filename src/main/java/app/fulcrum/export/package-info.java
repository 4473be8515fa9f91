/**
 * Fulcrum's data in other tools' formats: an hledger journal (money) and timeclock file (time), written
 * by pure functions from a {@link app.fulcrum.app.WorkspaceSnapshot}. Imports app and domain only.
 */
package app.fulcrum.export;
