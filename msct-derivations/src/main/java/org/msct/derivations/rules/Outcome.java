package org.msct.derivations.rules;

/**
 * One outcome of a rule set: a response state (e.g. {@code CR}) or an event type (e.g. {@code NEPHRITIC}), with its
 * numeric code for AVAL and the condition that assigns it.
 *
 * @param code AVALC value, 1–20 characters
 * @param aval AVAL value
 * @param label human-readable name
 * @param condition when the outcome applies
 */
public record Outcome(String code, int aval, String label, Condition condition) {}
