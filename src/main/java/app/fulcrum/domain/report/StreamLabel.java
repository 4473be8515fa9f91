package app.fulcrum.domain.report;

import java.util.Objects;

/** A stream's label and the one sentence, naming the numbers, that justifies it. */
public record StreamLabel(Label label, String reason) {
    public StreamLabel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
    }
}
