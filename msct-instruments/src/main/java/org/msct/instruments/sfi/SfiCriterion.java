package org.msct.instruments.sfi;

/** The criteria of the classic SELENA-SLEDAI Flare Index (shared/spec/instruments.md §2.2), with their level. */
public enum SfiCriterion {
    /** Mild 1: SELENA-SLEDAI increase ≥ 3, current score not &gt; 12. */
    MILD_SLEDAI_INCREASE(Flare.MILD_MODERATE),
    /** Mild 2: new/worse discoid, photosensitive, profundus, cutaneous vasculitis, bullous, nasopharyngeal ulcers, pleuritis, pericarditis, arthritis, SLE fever. */
    MILD_NEW_OR_WORSE_FEATURE(Flare.MILD_MODERATE),
    /** Mild 3: prednisone increase, but not to &gt; 0.5 mg/kg/day. */
    MILD_PREDNISONE_INCREASE(Flare.MILD_MODERATE),
    /** Mild 4: NSAID or hydroxychloroquine (antimalarial) added for SLE activity. */
    MILD_NSAID_OR_ANTIMALARIAL_ADDED(Flare.MILD_MODERATE),
    /** Mild 5: PGA increase ≥ 1.0, current not &gt; 2.5. */
    MILD_PGA_INCREASE(Flare.MILD_MODERATE),
    /** Severe 1: SELENA-SLEDAI increase to &gt; 12 (convention (a)). */
    SEVERE_SLEDAI_ABOVE_12(Flare.SEVERE),
    /** Severe 2: new/worse CNS-SLE, vasculitis, nephritis, myositis, platelets &lt; 60, haemolytic anaemia, or a feature requiring doubling of prednisone. */
    SEVERE_NEW_OR_WORSE_FEATURE(Flare.SEVERE),
    /** Severe 3: prednisone &gt; 0.5 mg/kg/day. */
    SEVERE_PREDNISONE_ABOVE_HALF_MG_KG(Flare.SEVERE),
    /** Severe (option {@code prednisoneDoublingSevere}): prednisone dose doubled or more vs previous. */
    SEVERE_PREDNISONE_DOUBLED(Flare.SEVERE),
    /** Severe 4: new cyclophosphamide, azathioprine, methotrexate or mycophenolate. */
    SEVERE_NEW_IMMUNOSUPPRESSANT(Flare.SEVERE),
    /** Severe 4: hospitalisation for SLE. */
    SEVERE_HOSPITALISATION(Flare.SEVERE),
    /** Severe 5: PGA increase to &gt; 2.5 (convention (b)). */
    SEVERE_PGA_ABOVE_2_5(Flare.SEVERE);

    private final Flare level;

    SfiCriterion(Flare level) {
        this.level = level;
    }

    public Flare level() {
        return level;
    }
}
