package org.clearway.analytics;

/** A declared item with the outcome of its inspection: one training example. */
public record Labelled(ItemFacts facts, Outcome outcome) {
}
