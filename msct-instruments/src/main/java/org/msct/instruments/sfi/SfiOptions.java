package org.msct.instruments.sfi;

import org.msct.instruments.sledai.SledaiOptions;
import org.msct.instruments.sledai.SledaiVariant;

/**
 * Protocol options of the SELENA-SLEDAI Flare Index. {@link #DEFAULTS}: SLEDAI-2K scores with the default SLEDAI
 * options, conventions (a)/(b) of instruments.md §2.2, prednisone severe only when increased to &gt; 0.5 mg/kg/day,
 * doubling of prednisone not severe by itself, platelets &lt; 60 derived from labs.
 *
 * @param sledai options of the SLEDAI scores compared. The SFI is defined on SELENA-SLEDAI; the default scores
 *     SLEDAI-2K because most data only have it (weights are identical; SELENA-SLEDAI differs in eligibility of
 *     persistent rash, alopecia, ulcers and proteinuria). Set variant {@link SledaiVariant#SELENA_SLEDAI} for the
 *     definition's variant
 * @param sledaiSevere reading of "SLEDAI increase to &gt; 12" (default {@link SevereLevelRule#ABOVE_AND_INCREASED})
 * @param pgaSevere reading of "PGA increase to &gt; 2.5" (default {@link SevereLevelRule#ABOVE_AND_INCREASED})
 * @param prednisoneSevere reading of "prednisone &gt; 0.5 mg/kg/day": default {@link SevereLevelRule#ABOVE_AND_INCREASED}
 *     (by analogy with (a)/(b): a stable high dose is not a flare; UNVERIFIED), or {@link SevereLevelRule#ABOVE}
 * @param prednisoneDoublingSevere count any doubling of the prednisone dose as severe (default false: the spec ties
 *     doubling to a new/worse feature, entered as feature REQUIRES_PREDNISONE_DOUBLING)
 * @param plateletsFromLabs derive feature PLATELETS_LT60 from platelet values (default true)
 */
public record SfiOptions(
        SledaiOptions sledai,
        SevereLevelRule sledaiSevere,
        SevereLevelRule pgaSevere,
        SevereLevelRule prednisoneSevere,
        boolean prednisoneDoublingSevere,
        boolean plateletsFromLabs) {

    public static final SfiOptions DEFAULTS = new SfiOptions(
            SledaiOptions.DEFAULTS,
            SevereLevelRule.ABOVE_AND_INCREASED,
            SevereLevelRule.ABOVE_AND_INCREASED,
            SevereLevelRule.ABOVE_AND_INCREASED,
            false,
            true);

    public SfiOptions {
        if (prednisoneSevere == SevereLevelRule.ABOVE_AND_MILD_STEP) {
            throw new IllegalArgumentException("prednisoneSevere has no mild step; use ABOVE_AND_INCREASED or ABOVE");
        }
    }

    public SfiOptions withSledai(SledaiOptions s) {
        return new SfiOptions(
                s, sledaiSevere, pgaSevere, prednisoneSevere, prednisoneDoublingSevere, plateletsFromLabs);
    }

    public SfiOptions withSledaiSevere(SevereLevelRule r) {
        return new SfiOptions(sledai, r, pgaSevere, prednisoneSevere, prednisoneDoublingSevere, plateletsFromLabs);
    }

    public SfiOptions withPgaSevere(SevereLevelRule r) {
        return new SfiOptions(sledai, sledaiSevere, r, prednisoneSevere, prednisoneDoublingSevere, plateletsFromLabs);
    }

    public SfiOptions withPrednisoneSevere(SevereLevelRule r) {
        return new SfiOptions(sledai, sledaiSevere, pgaSevere, r, prednisoneDoublingSevere, plateletsFromLabs);
    }

    public SfiOptions withPrednisoneDoublingSevere(boolean on) {
        return new SfiOptions(sledai, sledaiSevere, pgaSevere, prednisoneSevere, on, plateletsFromLabs);
    }

    public SfiOptions withPlateletsFromLabs(boolean on) {
        return new SfiOptions(sledai, sledaiSevere, pgaSevere, prednisoneSevere, prednisoneDoublingSevere, on);
    }
}
