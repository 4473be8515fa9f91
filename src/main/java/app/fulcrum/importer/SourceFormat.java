package app.fulcrum.importer;

import java.io.IOException;
import java.io.InputStream;

/** One export format Fulcrum reads (Toggl detailed CSV, Stripe unified payments, iCalendar, ...). */
public interface SourceFormat {

    /** The {@code --format} name, e.g. "toggl". */
    String id();

    /** One line for {@code import --help} and messages, e.g. "Toggl Track detailed report CSV". */
    String description();

    /** True when the file's name and first few kilobytes (BOM stripped) look like this format. */
    boolean recognizes(String fileName, String head);

    /** Reads the whole stream, reporting each row to the sink; never throws for bad content. */
    void parse(String fileName, InputStream content, ParseOptions options, RowSink sink) throws IOException;
}
