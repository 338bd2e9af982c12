package org.msct.instruments.bilag;

import static org.msct.instruments.bilag.DefinitionFinding.HAEM_BANDS;
import static org.msct.instruments.bilag.DefinitionFinding.ITEM_ATTRIBUTE;
import static org.msct.instruments.bilag.DefinitionFinding.RENAL;
import static org.msct.instruments.bilag.DefinitionFinding.THRESHOLD;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.units.Comparison;

/** Reads the renal and haematological threshold blocks of a definition file and checks the items they use. */
final class ThresholdReader {
    private static final Set<LabField> RENAL_LABS = EnumSet.range(LabField.SYSTOLIC_BP, LabField.GFR);
    private static final Set<LabField> HAEM_LABS = EnumSet.range(LabField.HEMOGLOBIN, LabField.PLATELETS);

    private ThresholdReader() {}

    static @Nullable RenalRules renal(JsonNode r, @Nullable ItemDef[] items, Reads reads) {
        checkLabs(items, BilagSystem.RENAL, RENAL_LABS, reads);
        Set<Integer> criteria = new java.util.HashSet<>();
        for (ItemDef d : items) {
            if (d != null && d.renalCriterion() > 0 && !criteria.add(d.renalCriterion())) {
                reads.add(ITEM_ATTRIBUTE, "item " + d.number(), "renal criterion " + d.renalCriterion() + " twice");
            }
        }
        if (!criteria.containsAll(List.of(2, 4, 5, 6))) {
            reads.add(ITEM_ATTRIBUTE, "systems.RENAL", "renal yes/no items must record criteria 2, 4, 5 and 6");
        }
        int before = reads.findings.size();
        JsonNode a1 = r.path("criterionA1");
        RenalRules.Proteinuria pa1 = proteinuria(a1.path("quantitative"), "renal.criterionA1.quantitative", reads);
        double a1Fall = percent(a1, "notImprovedFallPercent", "renal.criterionA1", reads);
        int a1Dip = reads.integer(a1, "dipstickRiseLevels", "renal.criterionA1", RENAL, 1, 4);
        JsonNode a3 = r.path("criterionA3");
        String p3 = "renal.criterionA3";
        Threshold creatA = reads.lowerBound(a3.path("creatinine"), "above", p3 + ".creatinine", THRESHOLD);
        double creatAPct = risePercent(a3.path("creatinine"), p3 + ".creatinine", reads);
        Threshold gfrBelow = reads.upperBound(a3.path("gfrFall"), "below", p3 + ".gfrFall", THRESHOLD);
        double gfrPct = percent(a3.path("gfrFall"), "fallenToPercent", p3 + ".gfrFall", reads);
        Threshold crossed = reads.upperBound(a3.path("gfrCrossed"), "below", p3 + ".gfrCrossed", THRESHOLD);
        Threshold prevAbove = reads.lowerBound(a3.path("gfrCrossed"), "previousAbove", p3 + ".gfrCrossed", THRESHOLD);
        JsonNode ga = r.path("gradeA");
        int min = reads.integer(ga, "minCriteria", "renal.gradeA", RENAL, 1, 6);
        int mask = 0;
        for (JsonNode n : ga.path("requireOneOf")) {
            if (!n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > 6) {
                reads.add(RENAL, "renal.gradeA.requireOneOf", "criterion " + n + " is not allowed; allowed: 1–6");
            } else {
                mask |= 1 << n.asInt();
            }
        }
        if (mask == 0) reads.add(RENAL, "renal.gradeA.requireOneOf", "required non-empty array of criteria 1–6");
        JsonNode gb = r.path("gradeB");
        JsonNode bv = gb.path("proteinuriaValues");
        double b24 = reads.number(bv, "protein_24h_g", "renal.gradeB.proteinuriaValues", THRESHOLD);
        double bUpcr = reads.number(bv, "upcr_mg_mmol", "renal.gradeB.proteinuriaValues", THRESHOLD);
        double bUacr = reads.number(bv, "uacr_mg_mmol", "renal.gradeB.proteinuriaValues", THRESHOLD);
        double bFall = percent(gb, "notImprovedFallPercent", "renal.gradeB", reads);
        int bRise = reads.integer(gb, "dipstickRiseLevels", "renal.gradeB", RENAL, 1, 4);
        int bMin = reads.integer(gb, "dipstickMinLevel", "renal.gradeB", RENAL, 1, 4);
        Threshold creatB = reads.lowerBound(gb.path("creatinine"), "above", "renal.gradeB.creatinine", THRESHOLD);
        double creatBPct = risePercent(gb.path("creatinine"), "renal.gradeB.creatinine", reads);
        JsonNode gc = r.path("gradeC");
        RenalRules.Proteinuria pc = proteinuria(gc.path("proteinuria"), "renal.gradeC.proteinuria", reads);
        int cMin = reads.integer(gc, "dipstickMinLevel", "renal.gradeC", RENAL, 1, 4);
        JsonNode bp = gc.path("risingBp");
        String pbp = "renal.gradeC.risingBp";
        Threshold sys = reads.lowerBound(bp, "systolic", pbp, THRESHOLD);
        Threshold dia = reads.lowerBound(bp, "diastolic", pbp, THRESHOLD);
        Threshold sysRise = reads.lowerBound(bp, "systolicRise", pbp, THRESHOLD);
        Threshold diaRise = reads.lowerBound(bp, "diastolicRise", pbp, THRESHOLD);
        RenalRules.Proteinuria legacy = proteinuria(
                r.path("legacyUkJsle").path("gradeBProteinuria"), "renal.legacyUkJsle.gradeBProteinuria", reads);
        if (reads.findings.size() > before || pa1 == null || pc == null || legacy == null) return null;
        return new RenalRules(
                pa1,
                a1Fall,
                a1Dip,
                creatA,
                creatAPct,
                gfrBelow,
                gfrPct,
                crossed,
                prevAbove,
                min,
                mask,
                new RenalRules.Proteinuria(ge(b24), ge(bUpcr), ge(bUacr)),
                new RenalRules.Proteinuria(gt(b24), gt(bUpcr), gt(bUacr)),
                bFall,
                bRise,
                bMin,
                creatB,
                creatBPct,
                pc,
                cMin,
                sys,
                dia,
                sysRise,
                diaRise,
                legacy);
    }

    static @Nullable HaemRules haem(JsonNode h, @Nullable ItemDef[] items, Reads reads) {
        checkLabs(items, BilagSystem.HAEMATOLOGICAL, HAEM_LABS, reads);
        int before = reads.findings.size();
        BilagGrade[] yes = new BilagGrade[3];
        for (int n = 95; n <= 97; n++) {
            ItemDef d = items[n];
            if (d == null || d.system() != BilagSystem.HAEMATOLOGICAL || d.yesGrade() == null) {
                reads.add(ITEM_ATTRIBUTE, "item " + n, "haematological item " + n + " needs a yesGrade (A, B or C)");
            } else {
                yes[n - 95] = d.yesGrade();
            }
        }
        List<HaemBand> bands = new ArrayList<>();
        JsonNode list = h.path("bands");
        Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode b = list.get(i);
            String path = "haematological.bands[" + i + "]";
            int item = reads.integer(b, "item", path, HAEM_BANDS, 90, 94);
            int decimals = reads.integer(b, "printedDecimals", path, HAEM_BANDS, 0, 6);
            if (item >= 90 && !seen.add(item)) reads.add(HAEM_BANDS, path + ".item", "item " + item + " twice");
            double previous = Double.NEGATIVE_INFINITY;
            JsonNode grades = b.path("grades");
            grades.fieldNames().forEachRemaining(name -> {
                if (!List.of("A", "B", "C").contains(name)) {
                    reads.add(
                            HAEM_BANDS,
                            path + ".grades." + name,
                            "grade " + name + " is not allowed; allowed: A, B, C");
                }
            });
            for (BilagGrade g : List.of(BilagGrade.A, BilagGrade.B, BilagGrade.C)) {
                if (!grades.has(g.name())) continue;
                Threshold t = reads.upperBound(grades, g.name(), path + ".grades", HAEM_BANDS);
                if (t == null) continue;
                if (t.limit() < previous) {
                    reads.add(
                            HAEM_BANDS,
                            path + ".grades." + g,
                            "cut-off " + Exact.format(t.limit())
                                    + " is below the cut-off of a more severe grade; bands must be ordered A ≤ B ≤ C");
                }
                previous = t.limit();
                if (item >= 90 && decimals >= 0) bands.add(new HaemBand(item, g, t, decimals));
            }
        }
        for (int n = 90; n <= 94; n++) {
            if (!seen.contains(n)) reads.add(HAEM_BANDS, "haematological.bands", "no band for item " + n);
        }
        if (reads.findings.size() > before) return null;
        return new HaemRules(bands, yes[0], yes[1], yes[2]);
    }

    private static void checkLabs(@Nullable ItemDef[] items, BilagSystem system, Set<LabField> labs, Reads reads) {
        EnumSet<LabField> seen = EnumSet.noneOf(LabField.class);
        for (ItemDef d : items) {
            if (d == null || d.system() != system || d.lab() == null) continue;
            if (!labs.contains(d.lab()) || !seen.add(d.lab())) {
                reads.add(
                        ITEM_ATTRIBUTE,
                        "item " + d.number(),
                        "lab " + d.lab().contractName() + " is not allowed or repeated in " + system
                                + "; allowed once each: " + labs);
            }
        }
        if (!seen.containsAll(labs)) {
            reads.add(ITEM_ATTRIBUTE, "systems." + system, "value items must record each of " + labs);
        }
    }

    private static RenalRules.@Nullable Proteinuria proteinuria(JsonNode n, String path, Reads reads) {
        Threshold a = reads.lowerBound(n, "protein_24h_g", path, THRESHOLD);
        Threshold b = reads.lowerBound(n, "upcr_mg_mmol", path, THRESHOLD);
        Threshold c = reads.lowerBound(n, "uacr_mg_mmol", path, THRESHOLD);
        return a == null || b == null || c == null ? null : new RenalRules.Proteinuria(a, b, c);
    }

    private static double percent(JsonNode n, String name, String path, Reads reads) {
        double v = reads.number(n, name, path, RENAL);
        if (!(v > 0 && v < 100)) reads.add(RENAL, path + "." + name, "percent must be > 0 and < 100: " + v);
        return v;
    }

    private static double risePercent(JsonNode n, String path, Reads reads) {
        double v = reads.number(n, "risenToPercent", path, RENAL);
        if (!(v > 100)) reads.add(RENAL, path + ".risenToPercent", "a rise must be to more than 100 %: " + v);
        return v;
    }

    private static Threshold ge(double v) {
        return new Threshold(Comparison.GE, Double.isNaN(v) ? 0 : v);
    }

    private static Threshold gt(double v) {
        return new Threshold(Comparison.GT, Double.isNaN(v) ? 0 : v);
    }
}
