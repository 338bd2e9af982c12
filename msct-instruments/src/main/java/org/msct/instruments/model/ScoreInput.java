package org.msct.instruments.model;

import org.jspecify.annotations.Nullable;

/** The input of {@code msct score}: a patient and up to three assessments (shared/spec/cli-contract.md §2). */
public record ScoreInput(
        Patient patient, @Nullable Assessment current, @Nullable Assessment previous, @Nullable Assessment baseline) {
    public ScoreInput {
        if (patient == null) patient = Patient.EMPTY;
    }
}
