package org.msct.instruments.units;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Glucocorticoid dose equivalence (instruments.md §6.4): doses that are equipotent to 5 mg prednisone, read from
 * {@code instruments/units-glucocorticoid-equivalence.v1.json} (prednisone 5 ≡ prednisolone 5 ≡ methylprednisolone 4 ≡
 * triamcinolone 4 ≡ hydrocortisone 20 ≡ cortisone 25 ≡ dexamethasone 0.75 mg). Used to express any oral daily dose as
 * prednisone(-olone) mg/day for LLDAS (≤ 7.5), DORIS (≤ 5) and SFI. Pulse intravenous methylprednisolone is
 * protocol-defined (averaged, or a treatment failure) and not handled here.
 */
public final class GlucocorticoidEquivalence {
    /** Resource name of the shipped definition. */
    public static final String RESOURCE = "instruments/units-glucocorticoid-equivalence.v1.json";

    private final double[] equivalentMg;
    private final Glucocorticoid reference;

    private GlucocorticoidEquivalence(double[] equivalentMg, Glucocorticoid reference) {
        this.equivalentMg = equivalentMg;
        this.reference = reference;
    }

    private static final class Holder {
        static final GlucocorticoidEquivalence STANDARD =
                read(DefinitionReader.parseResource(RESOURCE), RESOURCE).orThrow();
    }

    public static GlucocorticoidEquivalence standard() {
        return Holder.STANDARD;
    }

    /** Dose of {@code drug} (mg) equipotent to the reference dose (5 mg prednisone). */
    public double equivalentMg(Glucocorticoid drug) {
        return equivalentMg[drug.ordinal()];
    }

    /**
     * Prednisone-equivalent daily dose of {@code drug} taken at {@code dailyDose} (a {@link Dimension#DAILY_DOSE}
     * quantity); result in {@link Unit#DOSE_MG_PER_DAY}, not rounded.
     */
    public static Quantity prednisoneEquivalent(Glucocorticoid drug, Quantity dailyDose) {
        return standard().convert(drug, dailyDose, Glucocorticoid.PREDNISONE);
    }

    /** Daily dose of {@code to} equipotent to {@code dailyDose} of {@code from}, in mg/day. */
    public Quantity convert(Glucocorticoid from, Quantity dailyDose, Glucocorticoid to) {
        double mg = dailyDose.in(Unit.DOSE_MG_PER_DAY);
        return Quantity.of(mg * equivalentMg[to.ordinal()] / equivalentMg[from.ordinal()], Unit.DOSE_MG_PER_DAY);
    }

    public Glucocorticoid reference() {
        return reference;
    }

    /** Validates and reads the definition. */
    public static Loaded<GlucocorticoidEquivalence> read(JsonNode root, String file) {
        DefinitionReader r = new DefinitionReader(file);
        r.header(root, "units-glucocorticoid-equivalence");
        double[] mg = new double[Glucocorticoid.values().length];
        Glucocorticoid ref =
                root.isObject() ? r.enumValue(root, "reference_drug", Glucocorticoid.class, "reference_drug") : null;
        JsonNode doses = root.isObject() ? r.array(root, "equivalent_doses_mg", "equivalent_doses_mg") : null;
        if (doses != null) {
            for (int i = 0; i < doses.size(); i++) {
                JsonNode d = doses.get(i);
                String p = "equivalent_doses_mg[" + i + "]";
                if (!d.isObject()) {
                    r.problem(p, "must be an object");
                    continue;
                }
                r.onlyMembers(d, p, Set.of("drug", "mg", "remarks"));
                Glucocorticoid g = r.enumValue(d, "drug", Glucocorticoid.class, p + ".drug");
                double v = r.positive(d, "mg", p + ".mg");
                if (g == null) continue;
                if (mg[g.ordinal()] != 0) r.problem(p + ".drug", "drug " + g + " is listed twice");
                mg[g.ordinal()] = v;
            }
        }
        for (Glucocorticoid g : Glucocorticoid.values()) {
            if (mg[g.ordinal()] == 0) r.problem("equivalent_doses_mg", "drug " + g + " is missing");
        }
        return r.result(ref == null ? null : new GlucocorticoidEquivalence(mg, ref));
    }
}
