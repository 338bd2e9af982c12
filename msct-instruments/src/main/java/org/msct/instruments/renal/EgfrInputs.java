package org.msct.instruments.renal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.Labs;
import org.msct.instruments.model.Patient;
import org.msct.instruments.units.Quantity;
import org.msct.instruments.units.Threshold;
import org.msct.instruments.units.Unit;

/** Validated equation inputs taken from a patient and an assessment's labs; absent members stay {@code null}. */
record EgfrInputs(
        @Nullable Sex sex,
        @Nullable Double ageYears,
        @Nullable Quantity weight,
        @Nullable Quantity height,
        @Nullable Quantity creatinine,
        @Nullable Boolean black,
        List<String> warnings) {

    /** Relative difference above which two creatinine values given in both units are reported. */
    private static final double UNIT_DISAGREEMENT = 0.01;

    static EgfrInputs of(Patient p, Labs labs) {
        List<String> warnings = new ArrayList<>(1);
        EgfrDefinition.InputLimits lim = EgfrDefinition.standard().limits();
        Sex sex = p.sex() == null ? null : Sex.fromCode(p.sex(), "patient.sex");
        Double age = p.ageYears() == null ? null : age(p.ageYears(), "patient.age");
        Quantity weight = p.weightKg() == null
                ? null
                : checked(p.weightKg(), Unit.WEIGHT_KG, lim.weightKg(), Unit.WEIGHT_KG, "patient.weight_kg");
        Quantity height = p.heightCm() == null
                ? null
                : checked(p.heightCm(), Unit.HEIGHT_CM, lim.heightCm(), Unit.HEIGHT_CM, "patient.height_cm");
        Quantity scr = null;
        Quantity umol = labs.creatinineUmolPerL() == null
                ? null
                : checked(
                        labs.creatinineUmolPerL(),
                        Unit.CREATININE_UMOL_PER_L,
                        lim.creatinineMgDl(),
                        Unit.CREATININE_MG_PER_DL,
                        "labs.creatinine_umol_l");
        if (labs.creatinineMgPerDl() != null) {
            scr = checked(
                    labs.creatinineMgPerDl(),
                    Unit.CREATININE_MG_PER_DL,
                    lim.creatinineMgDl(),
                    Unit.CREATININE_MG_PER_DL,
                    "labs.creatinine_mg_dl");
            if (umol != null) {
                double other = umol.in(Unit.CREATININE_MG_PER_DL);
                if (Math.abs(other - scr.value()) > UNIT_DISAGREEMENT * scr.value()) {
                    warnings.add("creatinine given in both units and they disagree (" + scr.value() + " mg/dL vs "
                            + umol.value() + " µmol/L = " + other + " mg/dL); the mg/dL value is used");
                }
            }
        } else {
            scr = umol;
        }
        return new EgfrInputs(sex, age, weight, height, scr, p.black(), warnings);
    }

    static double age(double years, String field) {
        List<Threshold> lim = EgfrDefinition.standard().limits().ageYears();
        if (!Double.isFinite(years) || !all(lim, years)) {
            throw new FieldException(
                    field, "value " + years + " is not allowed; allowed: " + describe(lim, 1.0) + " years");
        }
        return years;
    }

    static double weightKg(Quantity w, String field) {
        return inLimits(w, Unit.WEIGHT_KG, EgfrDefinition.standard().limits().weightKg(), field);
    }

    static double heightCm(Quantity h, String field) {
        return inLimits(h, Unit.HEIGHT_CM, EgfrDefinition.standard().limits().heightCm(), field);
    }

    static double creatinineMgDl(Quantity scr, String field) {
        return inLimits(
                scr,
                Unit.CREATININE_MG_PER_DL,
                EgfrDefinition.standard().limits().creatinineMgDl(),
                field);
    }

    /** Warnings for use outside the validated age range of {@code eq} ({@code age} null → "not checked"). */
    static List<String> applicability(EgfrEquation eq, @Nullable Double age) {
        List<Threshold> range = EgfrDefinition.standard().applicableAge().get(eq);
        if (range == null || range.isEmpty()) return List.of();
        if (age == null) return List.of(Ranges.NOT_CHECKED[eq.ordinal()]);
        if (all(range, age)) return List.of();
        return List.of(Ranges.OUTSIDE[eq.ordinal()] + age + " (warning, not a refusal)");
    }

    /** Warning texts per equation, built once. */
    private static final class Ranges {
        static final String[] NOT_CHECKED = new String[EgfrEquation.values().length];
        static final String[] OUTSIDE = new String[EgfrEquation.values().length];

        static {
            for (EgfrEquation eq : EgfrEquation.values()) {
                List<Threshold> range =
                        EgfrDefinition.standard().applicableAge().get(eq);
                String r = range == null ? "" : describe(range, 1.0);
                NOT_CHECKED[eq.ordinal()] =
                        eq.key() + ": age not given; validated age range (" + r + " years) not checked";
                OUTSIDE[eq.ordinal()] = eq.key() + ": equation validated for age " + r + " years, applied at age ";
            }
        }
    }

    private static Quantity checked(double raw, Unit unit, List<Threshold> lim, Unit limitUnit, String field) {
        if (!Double.isFinite(raw) || raw < 0 || !all(lim, Quantity.of(raw, unit).in(limitUnit))) {
            double factor = Quantity.of(1.0, limitUnit).in(unit);
            throw new FieldException(
                    field, "value " + raw + " is not allowed; allowed: " + describe(lim, factor) + " " + unit.symbol());
        }
        return Quantity.of(raw, unit);
    }

    private static double inLimits(Quantity q, Unit unit, List<Threshold> lim, String field) {
        double v = q.in(unit);
        if (!all(lim, v)) {
            throw new FieldException(
                    field, "value " + q + " is not allowed; allowed: " + describe(lim, 1.0) + " " + unit.symbol());
        }
        return v;
    }

    private static boolean all(List<Threshold> ts, double v) {
        for (Threshold t : ts) {
            if (!t.test(v)) return false;
        }
        return true;
    }

    private static String describe(List<Threshold> ts, double factor) {
        StringBuilder sb = new StringBuilder();
        for (Threshold t : ts) {
            if (sb.length() > 0) sb.append(" and ");
            sb.append(factor == 1.0 ? t : t.op().symbol() + " " + t.value() * factor);
        }
        return sb.toString();
    }
}
