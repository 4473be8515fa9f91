package app.fulcrum.cli;

import app.fulcrum.app.Database;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Workspace;

import java.util.function.BiFunction;

/**
 * How a command reaches the workspace it works on: the opened database and the workspace in it.
 * The lead wires the real one (from --db / --db-url through storage's Databases.open); tests pass
 * an in-memory database.
 */
@FunctionalInterface
interface WorkspaceAccess {
    WorkspaceAccess NOT_WIRED = new WorkspaceAccess() {
        @Override
        public <T> T with(BiFunction<Database, Workspace, T> work) {
            throw new FulcrumException("this build cannot open a database yet: the storage wiring is missing");
        }
    };

    <T> T with(BiFunction<Database, Workspace, T> work);
}
