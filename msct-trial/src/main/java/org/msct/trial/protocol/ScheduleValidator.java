package org.msct.trial.protocol;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msct.trial.protocol.ProtocolValidator.Ctx;

/**
 * Regimen, visit-schedule and endpoint checks:
 *
 * <ul>
 *   <li>PRT-030 visit numbers not strictly increasing (under some option setting)
 *   <li>PRT-031 visit study days not strictly increasing with the visit number
 *   <li>PRT-032 negative visit window
 *   <li>PRT-033 (warning) two visit windows overlap
 *   <li>PRT-034 (warning) an infusion day lies in no visit window
 *   <li>PRT-035 epoch not one of SCREENING, TREATMENT, FOLLOW-UP, LONG-TERM FOLLOW-UP
 *   <li>PRT-040 cell dose: unit not {@code 10^6/kg} or {@code cells/kg}, dose outside 10⁴–10⁸ cells/kg, tolerance
 *       outside (0, 50] %, basis not PER_INFUSION
 *   <li>PRT-041 release: unknown criteria file, viability outside 0–100 %, or not exactly one specification applies
 *   <li>PRT-042 infusions: none, not numbered 1, 2, … in day order, or the first not on day 0
 *   <li>PRT-043 conditioning: dose range reversed or not positive, unknown {@code per}, no study day
 *   <li>PRT-044 cells: no MSC source
 *   <li>PRT-050 a target's percent is not its numerator / denominator as printed (rounded, truncated or rounded up at
 *       the printed precision), numerator above denominator, only one of the two, or a percent outside 0–100 (a
 *       percent alone is allowed: some papers print no counts)
 *   <li>PRT-051 endpoint: definition id not of the form {@code ABC-DEF-1}, or two endpoints with one id apply together
 * </ul>
 */
final class ScheduleValidator {
    private ScheduleValidator() {}

    static final Set<String> EPOCHS = Set.of("SCREENING", "TREATMENT", "FOLLOW-UP", "LONG-TERM FOLLOW-UP");
    private static final Pattern DEFINITION = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)+");
    static final double MIN_CELLS_PER_KG = 1e4;
    static final double MAX_CELLS_PER_KG = 1e8;

    static void regimen(@Nullable Regimen r, Ctx c) {
        if (r == null) {
            c.missing("regimen");
            return;
        }
        if (r.cells() == null) {
            c.missing("regimen.cells");
        } else {
            if (r.cells().sources().isEmpty()) c.error("regimen.cells.sources", null, "PRT-044", "no MSC source given");
            c.required(r.cells().donor(), "regimen.cells.donor");
            c.provenance(r.cells().provenance(), "regimen.cells.provenance");
        }
        dose(r.dose(), c);
        if (r.infusions().isEmpty()) c.error("regimen.infusions", null, "PRT-042", "no infusion planned");
        for (int i = 0; i < r.infusions().size(); i++) {
            Regimen.Infusion f = r.infusions().get(i);
            String p = "regimen.infusions[" + i + "]";
            if (c.requiredNumber(f.number(), p + ".number") && f.number() < 1) {
                c.error(p + ".number", str(f.number()), "PRT-042", "infusions are numbered from 1");
            }
            if (c.requiredNumber(f.studyDay(), p + ".studyDay") && f.studyDay() < 0) {
                c.error(
                        p + ".studyDay",
                        str(f.studyDay()),
                        "PRT-042",
                        "day 0 is the first infusion; no infusion before it");
            }
            c.provenance(f.provenance(), p + ".provenance");
            c.when(f.when(), p + ".when");
        }
        for (int i = 0; i < r.conditioning().size(); i++)
            conditioning(r.conditioning().get(i), "regimen.conditioning[" + i + "]", c);
        if (r.release().isEmpty()) c.error("regimen.release", null, "PRT-041", "no release specification");
        for (int i = 0; i < r.release().size(); i++) {
            Regimen.ReleaseSpec s = r.release().get(i);
            String p = "regimen.release[" + i + "]";
            if (c.required(s.criteria(), p + ".criteria") && !CriteriaFiles.RELEASE.containsKey(s.criteria())) {
                c.error(
                        p + ".criteria",
                        s.criteria(),
                        "PRT-041",
                        "unknown release criteria; allowed: " + String.join(", ", CriteriaFiles.RELEASE.keySet()));
            }
            Double v = s.minViabilityPercent();
            if (v != null && !(v >= 0 && v <= 100))
                c.error(p + ".minViabilityPercent", str(v), "PRT-041", "must be 0-100 %");
            c.provenance(s.provenance(), p + ".provenance");
            c.when(s.when(), p + ".when");
        }
    }

    private static void dose(Regimen.@Nullable MscDose d, Ctx c) {
        if (d == null) {
            c.missing("regimen.dose");
            return;
        }
        c.provenance(d.provenance(), "regimen.dose.provenance");
        c.required(d.route(), "regimen.dose.route");
        if (c.required(d.basis(), "regimen.dose.basis") && !d.basis().equals("PER_INFUSION")) {
            c.error("regimen.dose.basis", d.basis(), "PRT-040", "allowed: PER_INFUSION");
        }
        if (c.requiredNumber(d.tolerancePercent(), "regimen.dose.tolerancePercent")
                && !(d.tolerancePercent() > 0 && d.tolerancePercent() <= 50)) {
            c.error(
                    "regimen.dose.tolerancePercent",
                    str(d.tolerancePercent()),
                    "PRT-040",
                    "allowed: more than 0, at most 50 %");
        }
        if (!c.requiredNumber(d.value(), "regimen.dose.value") || !c.required(d.unit(), "regimen.dose.unit")) return;
        double perUnit;
        switch (d.unit()) {
            case "10^6/kg" -> perUnit = 1e6;
            case "cells/kg" -> perUnit = 1;
            default -> {
                c.error("regimen.dose.unit", d.unit(), "PRT-040", "allowed: 10^6/kg (CDISC C198380), cells/kg");
                return;
            }
        }
        double cellsPerKg = d.value() * perUnit;
        if (!(cellsPerKg >= MIN_CELLS_PER_KG && cellsPerKg <= MAX_CELLS_PER_KG)) {
            c.error(
                    "regimen.dose.value",
                    str(d.value()),
                    "PRT-040",
                    "dose of " + cellsPerKg + " cells/kg is outside 1e4 to 1e8 cells/kg");
        }
    }

    private static void conditioning(Regimen.Conditioning k, String p, Ctx c) {
        if (k.drug() == null) c.missing(p + ".drug");
        if (k.unit() == null) c.missing(p + ".unit");
        if (c.requiredNumber(k.doseMin(), p + ".doseMin") && c.requiredNumber(k.doseMax(), p + ".doseMax")) {
            if (!(k.doseMin() > 0) || k.doseMin() > k.doseMax()) {
                c.error(
                        p + ".doseMin",
                        str(k.doseMin()),
                        "PRT-043",
                        "dose range must be positive and doseMin <= doseMax " + k.doseMax());
            }
        }
        if (c.required(k.per(), p + ".per") && !k.per().equals("total") && Units.Interval.parse(k.per()) == null) {
            c.error(p + ".per", k.per(), "PRT-043", "allowed: total, " + String.join(", ", Units.Interval.allowed()));
        }
        c.required(k.route(), p + ".route");
        if (k.studyDays().isEmpty()) c.error(p + ".studyDays", null, "PRT-043", "give the study day(s) it is given on");
        c.required(k.text(), p + ".text");
        c.provenance(k.provenance(), p + ".provenance");
        c.when(k.when(), p + ".when");
    }

    static void visits(List<Visit> visits, Ctx c) {
        if (visits.isEmpty()) c.missing("visits");
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            String p = "visits[" + i + "]";
            c.requiredNumber(v.number(), p + ".number");
            c.required(v.name(), p + ".name");
            if (c.required(v.epoch(), p + ".epoch") && !EPOCHS.contains(v.epoch())) {
                c.error(
                        p + ".epoch",
                        v.epoch(),
                        "PRT-035",
                        "allowed: " + String.join(", ", EPOCHS.stream().sorted().toList()));
            }
            c.requiredNumber(v.studyDay(), p + ".studyDay");
            if (c.requiredNumber(v.windowBefore(), p + ".windowBefore") && v.windowBefore() < 0) {
                c.error(p + ".windowBefore", str(v.windowBefore()), "PRT-032", "a window cannot be negative");
            }
            if (c.requiredNumber(v.windowAfter(), p + ".windowAfter") && v.windowAfter() < 0) {
                c.error(p + ".windowAfter", str(v.windowAfter()), "PRT-032", "a window cannot be negative");
            }
            if (v.optional() == null) c.missing(p + ".optional");
            c.provenance(v.provenance(), p + ".provenance");
            c.when(v.when(), p + ".when");
        }
    }

    static void endpoints(List<Endpoint> endpoints, Ctx c) {
        if (endpoints.isEmpty()) c.missing("endpoints");
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint e = endpoints.get(i);
            String p = "endpoints[" + i + "]";
            c.required(e.id(), p + ".id");
            c.required(e.label(), p + ".label");
            if (e.role() == null) c.missing(p + ".role");
            if (e.aggregation() == null) c.missing(p + ".aggregation");
            if (e.denominator() == null) c.missing(p + ".denominator");
            if (c.required(e.definition(), p + ".definition")
                    && !DEFINITION.matcher(e.definition()).matches()) {
                c.error(
                        p + ".definition",
                        e.definition(),
                        "PRT-051",
                        "definition ids look like ART-MCR-1 (upper case," + " parts joined by '-')");
            }
            for (String a : e.alternatives()) {
                if (!DEFINITION.matcher(a).matches()) c.error(p + ".alternatives", a, "PRT-051", "not a definition id");
                if (a.equals(e.definition()))
                    c.warning(p + ".alternatives", a, "PRT-051", "the definition is listed as its own alternative");
            }
            for (Double m : e.atMonths()) {
                if (m == null || m < 0) c.error(p + ".atMonths", str(m), "PRT-013", "months must be >= 0");
            }
            for (int j = 0; j < e.targets().size(); j++) target(e.targets().get(j), p + ".targets[" + j + "]", c);
            c.provenance(e.provenance(), p + ".provenance");
            c.when(e.when(), p + ".when");
        }
    }

    private static void target(Endpoint.Target t, String p, Ctx c) {
        c.provenance(t.provenance(), p + ".provenance");
        if (t.numerator() == null && t.denominator() == null) {
            if (t.percent() != null && !(t.percent() >= 0 && t.percent() <= 100)) {
                c.error(p + ".percent", str(t.percent()), "PRT-050", "a percent must be 0-100");
            }
            return;
        }
        if (t.numerator() == null || t.denominator() == null) {
            c.error(p, null, "PRT-050", "a proportion needs both numerator and denominator");
            return;
        }
        if (t.numerator() < 0 || t.denominator() < 1 || t.numerator() > t.denominator()) {
            c.error(p + ".numerator", str(t.numerator()), "PRT-050", "numerator must be 0.." + t.denominator());
            return;
        }
        if (t.percent() != null && !printedAs(t.numerator(), t.denominator(), t.percent())) {
            c.error(
                    p + ".percent",
                    str(t.percent()),
                    "PRT-050",
                    String.format(
                            java.util.Locale.ROOT,
                            "%d/%d = %.3f %% does not print as %s",
                            t.numerator(),
                            t.denominator(),
                            100.0 * t.numerator() / t.denominator(),
                            str(t.percent())));
        }
    }

    /** Whether 100·num/den rounds (half up), truncates or rounds up to {@code percent} at its printed precision. */
    static boolean printedAs(int num, int den, double percent) {
        int scale = Math.max(0, BigDecimal.valueOf(percent).stripTrailingZeros().scale());
        double f = Math.pow(10, scale);
        double exact = 100.0 * num / den * f;
        double[] candidates = {Math.floor(exact + 0.5), Math.floor(exact + 1e-9), Math.ceil(exact - 1e-9)};
        for (double x : candidates) if (Math.abs(x / f - percent) < 1e-9) return true;
        return false;
    }

    /** Checks that depend on the elements active under {@code s}. */
    static void perSetting(Protocol p, OptionSettings s, Ctx c, Set<String> reported) {
        List<Visit> vs = p.visits(s);
        for (int i = 1; i < vs.size(); i++) {
            Visit a = vs.get(i - 1);
            Visit b = vs.get(i);
            if (b.number() <= a.number() && reported.add("num " + b.number())) {
                c.error(
                        "visits",
                        str(b.number()),
                        "PRT-030",
                        "visit number " + b.number() + " (" + b.name() + ") does not follow " + a.number() + " ("
                                + a.name() + ")");
            }
            if (b.studyDay() <= a.studyDay() && reported.add("day " + b.number())) {
                c.error(
                        "visits",
                        str(b.studyDay()),
                        "PRT-031",
                        b.name() + " on day " + b.studyDay() + " is not after " + a.name() + " on day " + a.studyDay());
            }
            if (b.studyDay() > a.studyDay() && b.firstDay() <= a.lastDay() && reported.add("overlap " + b.number())) {
                c.warning(
                        "visits",
                        b.name(),
                        "PRT-033",
                        "window of " + b.name() + " (days " + b.firstDay() + " to " + b.lastDay() + ") overlaps "
                                + a.name() + " (to day " + a.lastDay() + ")");
            }
        }
        List<Regimen.Infusion> inf = p.infusions(s);
        if (inf.isEmpty() && reported.add("no infusion")) {
            c.error("regimen.infusions", null, "PRT-042", "no infusion applies under options " + s.values());
        }
        for (int i = 0; i < inf.size(); i++) {
            Regimen.Infusion f = inf.get(i);
            boolean order = f.number() == i + 1
                    && (i == 0
                            ? f.studyDay() == 0
                            : f.studyDay() > inf.get(i - 1).studyDay());
            if (!order && reported.add("infusion " + f.number())) {
                c.error(
                        "regimen.infusions",
                        str(f.number()),
                        "PRT-042",
                        "infusions must be numbered 1, 2, ... in day" + " order, the first on day 0 (options "
                                + s.values() + ")");
            }
            boolean covered = vs.stream().anyMatch(v -> v.firstDay() <= f.studyDay() && f.studyDay() <= v.lastDay());
            if (!covered && reported.add("uncovered " + f.studyDay())) {
                c.warning(
                        "regimen.infusions",
                        str(f.studyDay()),
                        "PRT-034",
                        "infusion on day " + f.studyDay() + " lies in no visit window");
            }
        }
        long release =
                p.regimen().release().stream().filter(r -> s.active(r.when())).count();
        if (release != 1 && reported.add("release")) {
            c.error(
                    "regimen.release",
                    null,
                    "PRT-041",
                    release + " release specifications apply under options " + s.values() + "; exactly one must");
        }
        Set<String> ids = new HashSet<>();
        for (Endpoint e : p.endpoints(s)) {
            if (!ids.add(e.id()) && reported.add("endpoint " + e.id())) {
                c.error(
                        "endpoints",
                        e.id(),
                        "PRT-051",
                        "two endpoints with id " + e.id() + " apply under options " + s.values());
            }
        }
    }

    private static @Nullable String str(@Nullable Object o) {
        return ProtocolValidator.str(o);
    }
}
