package org.msct.trial.bundle;

import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.Sex;

/**
 * Who a synthetic subject is and how the disease goes: demographics, disease activity at baseline (0–1), the
 * fraction of it that MSCT removes by month 6, an optional relapse day, and the fate.
 *
 * @param age age in years
 * @param sex sex
 * @param weightKg body weight used for dosing, kg
 * @param baseline disease activity at baseline, 0 (inactive) – 1 (very active)
 * @param response fraction of the baseline activity gone by study day 181
 * @param relapseDay study day from which activity rises again (Integer.MAX_VALUE = no relapse)
 * @param renal whether the subject has lupus nephritis (biopsy class in MH)
 * @param fate how participation ends
 * @param endDay study day of death or loss to follow-up (ignored for COMPLETED)
 * @param cause cause of death {DSTERM/AETERM, AEDECOD, AEBODSYS}, or null
 */
record SyntheticProfile(
        int age,
        Sex sex,
        double weightKg,
        double baseline,
        double response,
        int relapseDay,
        boolean renal,
        Fate fate,
        int endDay,
        String @Nullable [] cause) {

    enum Fate {
        COMPLETED,
        DEATH,
        LOST
    }

    static final String[] PNEUMONIA = {"PULMONARY INFECTION", "Pneumonia", "Infections and infestations"};
    static final String[] RENAL_FAILURE = {"RENAL FAILURE", "Renal failure", "Renal and urinary disorders"};

    /** A random profile: ~7.5 % die, ~5 % are lost, ~60 % respond, ~15 % relapse after month 6. */
    static SyntheticProfile random(RandomGenerator r, int lastDay) {
        double u = r.nextDouble();
        Fate fate = u < 0.075 ? Fate.DEATH : u < 0.125 ? Fate.LOST : Fate.COMPLETED;
        int endDay =
                switch (fate) {
                    case DEATH -> 9 + r.nextInt(Math.max(1, lastDay - 8));
                    case LOST -> 32 + r.nextInt(Math.max(1, lastDay - 31));
                    case COMPLETED -> lastDay;
                };
        double baseline = 0.55 + 0.45 * r.nextDouble();
        double response = r.nextDouble() < 0.6 ? 0.5 + 0.45 * r.nextDouble() : 0.1 * r.nextDouble();
        int relapse = r.nextDouble() < 0.15 ? 183 + r.nextInt(200) : Integer.MAX_VALUE;
        double weight = Math.round((45 + 30 * r.nextDouble()) * 10) / 10.0;
        boolean renal = r.nextDouble() < 0.85;
        int age = 16 + (int) Math.round(Math.abs(r.nextGaussian()) * 14);
        Sex sex = r.nextDouble() < 0.9 ? Sex.F : Sex.M;
        String[] cause = fate == Fate.DEATH ? (r.nextBoolean() ? PNEUMONIA : RENAL_FAILURE) : null;
        return new SyntheticProfile(age, sex, weight, baseline, response, relapse, renal, fate, endDay, cause);
    }
}
