package app.fulcrum.domain.report;

import java.util.Objects;

/** A stream's label, the one sentence, naming the numbers, that justifies it, and the days it judged. */
public record StreamLabel(Label label, String reason, LabelWindow window) {
    public StreamLabel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(window, "window");
    }
}
