package org.msct.derivations.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.msct.derivations.bds.Bds;
import org.msct.derivations.bds.BdsVars;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.dataset.Variable;
import org.msct.derivations.rules.Conditions;
import org.msct.derivations.rules.Outcome;
import org.msct.derivations.rules.RuleSet;
import org.msct.derivations.rules.RuleSets;

/**
 * ADRS records of an endpoint (cdisc-terms.md §8.4): per subject, one record per analysis visit (the state), one
 * patient-level best response, one first-response indicator, and, for responders only, one flare / relapse record.
 */
public final class Adrs {
    private Adrs() {}

    /** AVALC of the first-response indicator and of a responder without event. */
    public static final String YES = "Y";

    public static final String NO = "N";

    private static final Variable CRIT1 = Variable.chr("CRIT1", "Analysis Criterion 1", 200);

    /** Variables of ADRS, in output order. */
    public static final List<Variable> VARIABLES = List.of(
            BdsVars.STUDYID,
            BdsVars.USUBJID,
            BdsVars.ASEQ,
            BdsVars.PARAMCD,
            BdsVars.PARAM,
            BdsVars.PARCAT1,
            BdsVars.ADT,
            BdsVars.ADY,
            BdsVars.AVISIT,
            BdsVars.AVISITN,
            BdsVars.AVAL,
            BdsVars.AVALC.derivedAs(
                    "Visit: first met outcome of the definition in PARCAT1 (NE when not evaluable); best: best visit "
                            + "state in the period (or landmark state kept without event); first: Y/N; event: first event code after the response"),
            CRIT1,
            BdsVars.ANL01FL,
            BdsVars.SRCDOM,
            BdsVars.SRCVAR);

    /**
     * The ADRS dataset of one endpoint. Visit records carry ANL01FL = Y when inside the period. The best and first
     * records have ADT of the first visit at which they were reached (missing for non-responders). The event record
     * exists only for responders: AVALC = the event code and ADT its date, or the event definition's otherwise code
     * without date; a death counted as relapse has SRCDOM {@code ADSL}, SRCVAR {@code DTHDT}.
     */
    public static Dataset deriveAdrs(List<SubjectCourse> courses, Endpoint e) {
        ResponseParams p = e.params();
        RuleSet rules = e.response();
        List<Row> rows = new ArrayList<>();
        for (SubjectCourse c : courses) {
            for (VisitState st : c.states()) {
                boolean inPeriod = st.visit().visitNumber() <= e.options().lastVisitNumber();
                rows.add(base(c, p.visit(), p.visitName(), rules)
                        .with("AVALC", st.state())
                        .with("AVAL", aval(rules, st.state()))
                        .with("ADT", st.visit().date())
                        .with("ADY", st.visit().studyDay())
                        .with("AVISIT", st.visit().name())
                        .with("AVISITN", st.visit().visitNumber())
                        .with("CRIT1", crit(rules, st.state()))
                        .with("ANL01FL", inPeriod ? "Y" : null));
            }
            rows.add(atVisit(
                            base(c, p.best(), p.bestName(), rules)
                                    .with("AVALC", c.best())
                                    .with("AVAL", aval(rules, c.best())),
                            c.bestVisit())
                    .with("ANL01FL", "Y"));
            rows.add(atVisit(
                            base(c, p.first(), p.firstName(), rules)
                                    .with("AVALC", c.responded() ? YES : NO)
                                    .with("AVAL", c.responded() ? 1.0 : 0.0),
                            c.response())
                    .with("ANL01FL", "Y"));
            if ((c.responded() && e.event().isPresent()) || c.event().isPresent()) rows.add(event(c, e));
        }
        return Bds.deriveAseq(new Dataset("ADRS", "Response Analysis Dataset", VARIABLES, rows));
    }

    private static Row event(SubjectCourse c, Endpoint e) {
        RuleSet rules = e.event().orElse(e.response());
        Row r = base(c, e.params().event(), e.params().eventName(), rules).with("ANL01FL", "Y");
        if (c.event().isEmpty())
            return r.with("AVALC", e.event().map(RuleSet::otherwiseCode).orElse(NO))
                    .with("AVAL", 0.0);
        CourseEvent ev = c.event().get();
        r = r.with("AVALC", ev.code()).with("ADT", ev.date()).with("ADY", ev.studyDay());
        r = r.with(
                "AVAL",
                e.event()
                        .flatMap(x -> RuleSets.aval(x, ev.code()))
                        .map(Integer::doubleValue)
                        .orElse(1.0));
        if (ev.visit().isEmpty()) return r.with("SRCDOM", "ADSL").with("SRCVAR", "DTHDT");
        return r.with("AVISIT", ev.visit().get().name())
                .with("AVISITN", ev.visit().get().visitNumber())
                .with("CRIT1", crit(rules, ev.code()));
    }

    private static Row base(SubjectCourse c, String paramcd, String param, RuleSet rules) {
        return Row.of(
                "STUDYID",
                c.studyId(),
                "USUBJID",
                c.usubjid(),
                "PARAMCD",
                paramcd,
                "PARAM",
                param,
                "PARCAT1",
                rules.label());
    }

    private static Row atVisit(Row r, Optional<VisitState> st) {
        if (st.isEmpty()) return r;
        AnalysisVisit v = st.get().visit();
        return r.with("ADT", v.date())
                .with("ADY", v.studyDay())
                .with("AVISIT", v.name())
                .with("AVISITN", v.visitNumber());
    }

    private static Double aval(RuleSet rules, String code) {
        return RuleSets.aval(rules, code).map(Integer::doubleValue).orElse(null);
    }

    private static String crit(RuleSet rules, String code) {
        String text = rules.outcome(code)
                .map(Outcome::condition)
                .map(Conditions::describe)
                .orElse(null);
        return text == null ? null : text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    /** Stacks ADRS datasets of several endpoints: rows grouped by subject (first appearance), ASEQ renumbered. */
    public static Dataset bind(List<Dataset> parts) {
        List<Row> rows = new ArrayList<>();
        parts.forEach(d -> rows.addAll(d.rows()));
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        rows.forEach(r -> order.putIfAbsent(r.str("USUBJID"), order.size()));
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(r -> order.get(r.str("USUBJID"))));
        return Bds.deriveAseq(new Dataset("ADRS", "Response Analysis Dataset", VARIABLES, sorted));
    }
}
