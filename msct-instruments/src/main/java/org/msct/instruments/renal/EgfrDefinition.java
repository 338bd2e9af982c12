package org.msct.instruments.renal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;
import org.msct.instruments.units.Threshold;

/**
 * Coefficients of the eGFR equations, read from {@code instruments/egfr.v1.json} (instruments.md §7). Immutable.
 *
 * @param version definition version
 * @param ckdEpi2021 CKD-EPI 2021 coefficients (black factor 1)
 * @param ckdEpi2009 CKD-EPI 2009 equation-form coefficients
 * @param table2009 CKD-EPI 2009 table-form leading constants
 * @param mdrd MDRD coefficients
 * @param cockcroftGault Cockcroft–Gault coefficients
 * @param schwartzK bedside Schwartz k (0.413)
 * @param quadratic kidney.epi quadratic Schwartz coefficients
 * @param applicableAge per equation, the age conditions (all must hold) outside which a warning is given
 * @param limits plausibility limits; outside them an input is rejected
 */
public record EgfrDefinition(
        int version,
        CkdEpi ckdEpi2021,
        CkdEpi ckdEpi2009,
        TableConstants table2009,
        Mdrd mdrd,
        CockcroftGault cockcroftGault,
        double schwartzK,
        Quadratic quadratic,
        Map<EgfrEquation, List<Threshold>> applicableAge,
        InputLimits limits) {
    /** Resource name of the shipped definition. */
    public static final String RESOURCE = "instruments/egfr.v1.json";

    public EgfrDefinition {
        applicableAge = Map.copyOf(applicableAge);
    }

    public record CkdEpi(
            double constant,
            double femaleFactor,
            double blackFactor,
            double ageBase,
            double kappaFemale,
            double kappaMale,
            double alphaFemale,
            double alphaMale,
            double exponentAboveKappa) {}

    public record TableConstants(double female, double femaleBlack, double male, double maleBlack) {}

    public record Mdrd(
            double constantIdms,
            double constantNonIdms,
            double creatinineExponent,
            double ageExponent,
            double femaleFactor,
            double blackFactor) {}

    public record CockcroftGault(double ageOffset, double denominator, double femaleFactor) {}

    public record Quadratic(
            double ratioCoefficient,
            double ratioSquaredCoefficient,
            double ageCoefficient,
            double femaleConstant,
            double maleConstant) {}

    /** Plausibility limits (all thresholds of a list must hold). */
    public record InputLimits(
            List<Threshold> ageYears,
            List<Threshold> weightKg,
            List<Threshold> heightCm,
            List<Threshold> creatinineMgDl) {
        public InputLimits {
            ageYears = List.copyOf(ageYears);
            weightKg = List.copyOf(weightKg);
            heightCm = List.copyOf(heightCm);
            creatinineMgDl = List.copyOf(creatinineMgDl);
        }
    }

    private static final class Holder {
        static final EgfrDefinition STANDARD =
                read(DefinitionReader.parseResource(RESOURCE), RESOURCE).orThrow();
    }

    /** The shipped definition, loaded once. */
    public static EgfrDefinition standard() {
        return Holder.STANDARD;
    }

    /** Validates and reads an eGFR definition. */
    public static Loaded<EgfrDefinition> read(JsonNode root, String file) {
        DefinitionReader r = new DefinitionReader(file);
        int version = r.header(root, "egfr");
        JsonNode eq = root.isObject() ? r.object(root, "equations", "equations") : null;
        JsonNode lim = root.isObject() ? r.object(root, "input_limits", "input_limits") : null;
        if (eq == null || lim == null) return r.result(null);
        r.onlyMembers(
                eq,
                "equations",
                Set.of(
                        "ckd_epi_2021",
                        "ckd_epi_2009",
                        "mdrd",
                        "cockcroft_gault",
                        "schwartz_bedside",
                        "schwartz_quadratic"));
        Map<EgfrEquation, List<Threshold>> ages = new EnumMap<>(EgfrEquation.class);
        JsonNode n21 = r.object(eq, "ckd_epi_2021", "equations.ckd_epi_2021");
        JsonNode n09 = r.object(eq, "ckd_epi_2009", "equations.ckd_epi_2009");
        JsonNode nm = r.object(eq, "mdrd", "equations.mdrd");
        JsonNode ncg = r.object(eq, "cockcroft_gault", "equations.cockcroft_gault");
        JsonNode nsb = r.object(eq, "schwartz_bedside", "equations.schwartz_bedside");
        JsonNode nsq = r.object(eq, "schwartz_quadratic", "equations.schwartz_quadratic");
        if (n21 == null || n09 == null || nm == null || ncg == null || nsb == null || nsq == null)
            return r.result(null);
        CkdEpi c21 = ckdEpi(r, n21, "equations.ckd_epi_2021", false);
        CkdEpi c09 = ckdEpi(r, n09, "equations.ckd_epi_2009", true);
        String tp = "equations.ckd_epi_2009.table_constants";
        JsonNode t = r.object(n09, "table_constants", tp);
        TableConstants table = t == null
                ? null
                : new TableConstants(
                        r.positive(t, "female", tp + ".female"), r.positive(t, "female_black", tp + ".female_black"),
                        r.positive(t, "male", tp + ".male"), r.positive(t, "male_black", tp + ".male_black"));
        String mp = "equations.mdrd";
        Mdrd mdrd = new Mdrd(
                r.positive(nm, "constant_idms", mp + ".constant_idms"),
                r.positive(nm, "constant_non_idms", mp + ".constant_non_idms"),
                r.number(nm, "creatinine_exponent", mp + ".creatinine_exponent"),
                r.number(nm, "age_exponent", mp + ".age_exponent"),
                r.positive(nm, "female_factor", mp + ".female_factor"),
                r.positive(nm, "black_factor", mp + ".black_factor"));
        String cp = "equations.cockcroft_gault";
        CockcroftGault cg = new CockcroftGault(
                r.positive(ncg, "age_offset", cp + ".age_offset"),
                r.positive(ncg, "denominator", cp + ".denominator"),
                r.positive(ncg, "female_factor", cp + ".female_factor"));
        double k = r.positive(nsb, "k", "equations.schwartz_bedside.k");
        String qp = "equations.schwartz_quadratic";
        JsonNode sc = r.object(nsq, "sex_constant", qp + ".sex_constant");
        Quadratic quad = new Quadratic(
                r.number(nsq, "ratio_coefficient", qp + ".ratio_coefficient"),
                r.number(nsq, "ratio_squared_coefficient", qp + ".ratio_squared_coefficient"),
                r.number(nsq, "age_coefficient", qp + ".age_coefficient"),
                sc == null ? Double.NaN : r.number(sc, "female", qp + ".sex_constant.female"),
                sc == null ? Double.NaN : r.number(sc, "male", qp + ".sex_constant.male"));
        ages.put(EgfrEquation.CKD_EPI_2021, thresholds(r, n21, "applicable_age_years", "equations.ckd_epi_2021"));
        ages.put(EgfrEquation.CKD_EPI_2009, thresholds(r, n09, "applicable_age_years", "equations.ckd_epi_2009"));
        List<Threshold> mdrdAges = thresholds(r, nm, "applicable_age_years", mp);
        ages.put(EgfrEquation.MDRD_175, mdrdAges);
        ages.put(EgfrEquation.MDRD_186, mdrdAges);
        ages.put(EgfrEquation.COCKCROFT_GAULT, thresholds(r, ncg, "applicable_age_years", cp));
        ages.put(
                EgfrEquation.SCHWARTZ_BEDSIDE,
                thresholds(r, nsb, "applicable_age_years", "equations.schwartz_bedside"));
        ages.put(EgfrEquation.SCHWARTZ_QUADRATIC, thresholds(r, nsq, "applicable_age_years", qp));
        r.onlyMembers(lim, "input_limits", Set.of("age_years", "weight_kg", "height_cm", "creatinine_mg_dl"));
        InputLimits limits = new InputLimits(
                thresholds(r, lim, "age_years", "input_limits"),
                thresholds(r, lim, "weight_kg", "input_limits"),
                thresholds(r, lim, "height_cm", "input_limits"),
                thresholds(r, lim, "creatinine_mg_dl", "input_limits"));
        if (!r.ok() || c21 == null || c09 == null || table == null) return r.result(null);
        return r.result(new EgfrDefinition(version, c21, c09, table, mdrd, cg, k, quad, ages, limits));
    }

    private static @Nullable CkdEpi ckdEpi(DefinitionReader r, JsonNode n, String p, boolean withRace) {
        JsonNode kappa = r.object(n, "kappa", p + ".kappa");
        JsonNode alpha = r.object(n, "alpha", p + ".alpha");
        double constant = r.positive(n, "constant", p + ".constant");
        double female = r.positive(n, "female_factor", p + ".female_factor");
        double black = withRace ? r.positive(n, "black_factor", p + ".black_factor") : 1.0;
        if (!withRace && n.has("black_factor"))
            r.problem(p + ".black_factor", "this equation is race-free; remove the member");
        double ageBase = r.positive(n, "age_base", p + ".age_base");
        double above = r.number(n, "exponent_above_kappa", p + ".exponent_above_kappa");
        if (kappa == null || alpha == null) return null;
        return new CkdEpi(
                constant,
                female,
                black,
                ageBase,
                r.positive(kappa, "female", p + ".kappa.female"),
                r.positive(kappa, "male", p + ".kappa.male"),
                r.number(alpha, "female", p + ".alpha.female"),
                r.number(alpha, "male", p + ".alpha.male"),
                above);
    }

    private static List<Threshold> thresholds(DefinitionReader r, JsonNode parent, String name, String path) {
        String p = path + "." + name;
        JsonNode a = r.array(parent, name, p);
        List<Threshold> out = new ArrayList<>();
        if (a == null) return out;
        for (int i = 0; i < a.size(); i++) {
            Threshold t = r.threshold(a.get(i), p + "[" + i + "]");
            if (t != null) out.add(t);
        }
        return out;
    }
}
