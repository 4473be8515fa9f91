package app.fulcrum.domain.ladder;

import app.fulcrum.domain.Money;
import app.fulcrum.domain.StreamKind;

/** A stream with net revenue in the trailing window: the evidence for the rung it stands on. */
public record RungEvidence(String stream, StreamKind kind, int rung, Money netRevenue) {
}
