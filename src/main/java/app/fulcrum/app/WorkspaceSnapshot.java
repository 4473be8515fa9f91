package app.fulcrum.app;

import app.fulcrum.domain.AudienceSnapshot;
import app.fulcrum.domain.Expense;
import app.fulcrum.domain.FxRate;
import app.fulcrum.domain.Person;
import app.fulcrum.domain.Sale;
import app.fulcrum.domain.Settings;
import app.fulcrum.domain.Stream;
import app.fulcrum.domain.TimeEntry;
import app.fulcrum.domain.Workspace;

import java.util.List;

/** Every row of one workspace, as exported to JSON and restored from it. */
public record WorkspaceSnapshot(int formatVersion, Workspace workspace, Settings settings, List<Stream> streams,
                                List<Person> people, List<TimeEntry> timeEntries, List<Sale> sales,
                                List<Expense> expenses, List<AudienceSnapshot> audience, List<FxRate> fxRates) {
    public static final int FORMAT_VERSION = 1;
}
