package org.msct.instruments.renal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Labs;
import org.msct.instruments.model.Patient;
import org.msct.instruments.renal.EgfrOptions.Ckd2009Form;
import org.msct.instruments.units.Quantity;

/**
 * Kidney-function equations of instruments.md §7, coefficients from {@code instruments/egfr.v1.json}. Creatinine in
 * any creatinine unit (converted to mg/dL by ÷ 88.4), age in years; results in mL/min/1.73 m² (Cockcroft–Gault:
 * mL/min), full double precision, never rounded.
 *
 * <p>{@link #all} computes every contract equation whose inputs are present: CKD-EPI 2021 and 2009 and MDRD need sex,
 * age and creatinine (2009/MDRD also race, see {@link EgfrOptions#raceWhenAbsent()}); Cockcroft–Gault also weight;
 * bedside Schwartz height and creatinine. A missing input leaves the equation out; nothing is guessed. Use outside
 * the validated age range (adult equations below 18 y, Schwartz outside 1–18 y) gives a warning, not a refusal: the
 * trial population spans the boundary and the investigator decides which value to use.
 *
 * <p>Impossible inputs (age ≤ 0 or above 130 y, weight or height ≤ 0 or above 500 kg / 300 cm, creatinine ≤ 0 or above
 * 50 mg/dL, sex other than F/M) throw {@link org.msct.instruments.model.FieldException} naming the field (paths relative
 * to the assessment: {@code patient.age}, {@code labs.creatinine_umol_l} …).
 */
public final class Egfr {
    private static final String TAG = " (egfr v" + EgfrDefinition.standard().version() + ")";
    private static final String M_2021 = "CKD-EPI 2021 race-free" + TAG;
    private static final String M_2009_TABLE = "CKD-EPI 2009 table form" + TAG;
    private static final String M_2009_EQUATION = "CKD-EPI 2009 equation form" + TAG;
    private static final String M_175 = "MDRD 4-variable, IDMS constant 175" + TAG;
    private static final String M_186 = "MDRD 4-variable, non-IDMS constant 186" + TAG;
    private static final String M_CG = "Cockcroft–Gault" + TAG;
    private static final String M_SB = "bedside Schwartz (CKiD 2009)" + TAG;
    private static final String M_SQ = "quadratic Schwartz (Gao 2013, kidney.epi)" + TAG;
    private static final String NO_RACE =
            "patient.black not given: CKD-EPI 2009 and MDRD computed without the Black coefficient";

    private Egfr() {}

    /** {@link #all(Patient, Labs, EgfrOptions)} with {@link EgfrOptions#DEFAULT}. */
    public static EgfrResult all(Patient patient, Labs labs) {
        return all(patient, labs, EgfrOptions.DEFAULT);
    }

    /** Every contract equation whose inputs are present, in contract order. */
    public static EgfrResult all(Patient patient, Labs labs, EgfrOptions options) {
        EgfrInputs in = EgfrInputs.of(patient, labs);
        List<EgfrValue> values = new ArrayList<>(6);
        List<String> warnings = new ArrayList<>(in.warnings());
        Sex sex = in.sex();
        Double age = in.ageYears();
        Quantity scr = in.creatinine();
        if (scr == null) return new EgfrResult(values, warnings);
        if (sex != null && age != null) {
            double a = age;
            add(values, EgfrEquation.CKD_EPI_2021, ckdEpi2021(sex, a, scr), M_2021, a);
            Boolean black = in.black();
            boolean raceKnown = black != null || options.raceWhenAbsent() == EgfrOptions.RaceWhenAbsent.NOT_BLACK;
            if (raceKnown) {
                boolean b = black != null && black;
                Ckd2009Form form = options.ckdEpi2009Form();
                add(
                        values,
                        EgfrEquation.CKD_EPI_2009,
                        ckdEpi2009(sex, a, b, scr, form),
                        form == Ckd2009Form.TABLE ? M_2009_TABLE : M_2009_EQUATION,
                        a);
                add(values, EgfrEquation.MDRD_175, mdrd175(sex, a, b, scr), M_175, a);
                add(values, EgfrEquation.MDRD_186, mdrd186(sex, a, b, scr), M_186, a);
                if (black == null) {
                    warnings.add(NO_RACE);
                }
            }
            Quantity w = in.weight();
            if (w != null) add(values, EgfrEquation.COCKCROFT_GAULT, cockcroftGault(sex, a, w, scr), M_CG, a);
        }
        Quantity h = in.height();
        if (h != null) {
            add(values, EgfrEquation.SCHWARTZ_BEDSIDE, schwartzBedside(h, scr), M_SB, age);
            if (options.includeQuadraticSchwartz() && sex != null && age != null) {
                add(values, EgfrEquation.SCHWARTZ_QUADRATIC, schwartzQuadratic(sex, age, h, scr), M_SQ, age);
            }
        }
        return new EgfrResult(values, warnings);
    }

    /** CKD-EPI 2021 (race-free): 142 × min(Scr/κ,1)^α × max(Scr/κ,1)^−1.200 × 0.9938^age × 1.012 [female]. */
    public static double ckdEpi2021(Sex sex, double ageYears, Quantity creatinine) {
        EgfrDefinition.CkdEpi c = EgfrDefinition.standard().ckdEpi2021();
        return c.constant() * ckdEpiCore(c, sex, ageYears, creatinine) * (sex == Sex.FEMALE ? c.femaleFactor() : 1.0);
    }

    /**
     * CKD-EPI 2009: min(Scr/κ,1)^α × max(Scr/κ,1)^−1.209 × 0.993^age times the leading constant of {@code form}
     * (table: 141 male, 144 female, 163 Black male, 166 Black female; equation: 141 × 1.018 [female] × 1.159 [Black]).
     */
    public static double ckdEpi2009(Sex sex, double ageYears, boolean black, Quantity creatinine, Ckd2009Form form) {
        EgfrDefinition d = EgfrDefinition.standard();
        EgfrDefinition.CkdEpi c = d.ckdEpi2009();
        double lead;
        if (form == Ckd2009Form.TABLE) {
            EgfrDefinition.TableConstants t = d.table2009();
            lead = sex == Sex.FEMALE ? (black ? t.femaleBlack() : t.female()) : (black ? t.maleBlack() : t.male());
        } else {
            lead = c.constant() * (sex == Sex.FEMALE ? c.femaleFactor() : 1.0) * (black ? c.blackFactor() : 1.0);
        }
        return lead * ckdEpiCore(c, sex, ageYears, creatinine);
    }

    /** MDRD with the IDMS-traceable constant: 175 × Scr^−1.154 × age^−0.203 × 0.742 [female] × 1.212 [Black]. */
    public static double mdrd175(Sex sex, double ageYears, boolean black, Quantity creatinine) {
        return mdrd(EgfrDefinition.standard().mdrd().constantIdms(), sex, ageYears, black, creatinine);
    }

    /** MDRD with the original (non-IDMS) constant 186. */
    public static double mdrd186(Sex sex, double ageYears, boolean black, Quantity creatinine) {
        return mdrd(EgfrDefinition.standard().mdrd().constantNonIdms(), sex, ageYears, black, creatinine);
    }

    /** Cockcroft–Gault creatinine clearance, mL/min: (140 − age) × weight_kg / (72 × Scr) × 0.85 [female]. */
    public static double cockcroftGault(Sex sex, double ageYears, Quantity weight, Quantity creatinine) {
        EgfrDefinition.CockcroftGault c = EgfrDefinition.standard().cockcroftGault();
        double age = EgfrInputs.age(ageYears, "ageYears");
        double kg = EgfrInputs.weightKg(weight, "weight");
        double scr = EgfrInputs.creatinineMgDl(creatinine, "creatinine");
        return (c.ageOffset() - age) * kg / (c.denominator() * scr) * (sex == Sex.FEMALE ? c.femaleFactor() : 1.0);
    }

    /** Bedside Schwartz (CKiD 2009): 0.413 × height_cm / Scr. */
    public static double schwartzBedside(Quantity height, Quantity creatinine) {
        double cm = EgfrInputs.heightCm(height, "height");
        return EgfrDefinition.standard().schwartzK() * cm / EgfrInputs.creatinineMgDl(creatinine, "creatinine");
    }

    /** kidney.epi quadratic Schwartz: 0.68·r − 0.0008·r² + 0.48·age − 21.53 (male) / 25.68 (female), r = height_cm/Scr. */
    public static double schwartzQuadratic(Sex sex, double ageYears, Quantity height, Quantity creatinine) {
        EgfrDefinition.Quadratic q = EgfrDefinition.standard().quadratic();
        double ratio = EgfrInputs.heightCm(height, "height") / EgfrInputs.creatinineMgDl(creatinine, "creatinine");
        double age = EgfrInputs.age(ageYears, "ageYears");
        return q.ratioCoefficient() * ratio
                + q.ratioSquaredCoefficient() * ratio * ratio
                + q.ageCoefficient() * age
                + (sex == Sex.FEMALE ? q.femaleConstant() : q.maleConstant());
    }

    private static double mdrd(double constant, Sex sex, double ageYears, boolean black, Quantity creatinine) {
        EgfrDefinition.Mdrd m = EgfrDefinition.standard().mdrd();
        double scr = EgfrInputs.creatinineMgDl(creatinine, "creatinine");
        double age = EgfrInputs.age(ageYears, "ageYears");
        return constant
                * Math.pow(scr, m.creatinineExponent())
                * Math.pow(age, m.ageExponent())
                * (sex == Sex.FEMALE ? m.femaleFactor() : 1.0)
                * (black ? m.blackFactor() : 1.0);
    }

    private static double ckdEpiCore(EgfrDefinition.CkdEpi c, Sex sex, double ageYears, Quantity creatinine) {
        double scr = EgfrInputs.creatinineMgDl(creatinine, "creatinine");
        double age = EgfrInputs.age(ageYears, "ageYears");
        boolean f = sex == Sex.FEMALE;
        double ratio = scr / (f ? c.kappaFemale() : c.kappaMale());
        return Math.pow(Math.min(ratio, 1.0), f ? c.alphaFemale() : c.alphaMale())
                * Math.pow(Math.max(ratio, 1.0), c.exponentAboveKappa())
                * Math.pow(c.ageBase(), age);
    }

    private static void add(List<EgfrValue> out, EgfrEquation eq, double value, String method, @Nullable Double age) {
        out.add(new EgfrValue(eq, value, method, EgfrInputs.applicability(eq, age)));
    }
}
