package org.msct.derivations.adsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.dataset.Variable;
import org.msct.derivations.input.Disposition;
import org.msct.derivations.input.SubjectRecord;

/** ADSL, one record per enrolled subject (cdisc-terms.md §8.1). */
public final class Adsl {
    private Adsl() {}

    static final Variable STUDYID =
            Variable.chr("STUDYID", "Study Identifier", 20).key(1);
    static final Variable USUBJID =
            Variable.chr("USUBJID", "Unique Subject Identifier", 40).key(2);
    static final Variable SUBJID = Variable.chr("SUBJID", "Subject Identifier for the Study", 20)
            .derivedAs("Part of USUBJID after its last '-'");
    static final Variable SITEID = Variable.chr("SITEID", "Study Site Identifier", 20);
    static final Variable AGE = Variable.integer("AGE", "Age");
    static final Variable AGEU = Variable.chr("AGEU", "Age Units", 5).codes("YEARS");
    static final Variable SEX = Variable.chr("SEX", "Sex", 1).codes("F", "M", "U");
    static final Variable ARM = Variable.chr("ARM", "Description of Planned Arm", 60);
    static final Variable TRT01P =
            Variable.chr("TRT01P", "Planned Treatment for Period 01", 60).derivedAs("ARM");
    static final Variable TRT01A =
            Variable.chr("TRT01A", "Actual Treatment for Period 01", 60).derivedAs("ARM when TRTSDT is present");
    static final Variable MSCSRC = Variable.chr("MSCSRC", "MSC Source", 20).codes("BONE MARROW", "UMBILICAL CORD");
    static final Variable DISDUR = Variable.decimal("DISDUR", "SLE Duration at Enrolment (Years)");
    static final Variable ITTFL = Variable.chr("ITTFL", "Intent-To-Treat Population Flag", 1)
            .codes("Y", "N")
            .derivedAs("Y for every enrolled subject (single-arm studies)");
    static final Variable SAFFL = Variable.chr("SAFFL", "Safety Population Flag", 1)
            .codes("Y", "N")
            .derivedAs("Y if any MSC infused (TRTSDT present), else N");
    static final Variable COMPLFL = Variable.chr("COMPLFL", "Completers Population Flag", 1)
            .codes("Y", "N")
            .derivedAs("Y if EOSSTT = COMPLETED, else N");
    static final Variable TRTSDT = Variable.date("TRTSDT", "Date of First Exposure to Treatment")
            .derivedAs("Date of the first MSC infusion (day 0)");
    static final Variable TRTEDT = Variable.date("TRTEDT", "Date of Last Exposure to Treatment")
            .derivedAs("Date of the last MSC infusion; TRTSDT for a single infusion");
    static final Variable EOSSTT =
            Variable.chr("EOSSTT", "End of Study Status", 12).codes("COMPLETED", "DISCONTINUED", "ONGOING");
    static final Variable EOSDT = Variable.date("EOSDT", "End of Study Date")
            .derivedAs("End-of-study date; the death date when none is recorded and the subject died");
    static final Variable DTHFL =
            Variable.chr("DTHFL", "Subject Death Flag", 1).codes("Y").derivedAs("Y if a death date is recorded");
    static final Variable DTHDT = Variable.date("DTHDT", "Date of Death");
    static final Variable LSTALVDT = Variable.date("LSTALVDT", "Date Last Known Alive")
            .derivedAs("DTHDT for a death, otherwise the last contact date");

    /** Fixed ADSL variables, in output order; baseline characteristics follow. */
    public static final List<Variable> VARIABLES = List.of(
            STUDYID, USUBJID, SUBJID, SITEID, AGE, AGEU, SEX, ARM, TRT01P, TRT01A, MSCSRC, DISDUR, ITTFL, SAFFL,
            COMPLFL, TRTSDT, TRTEDT, EOSSTT, EOSDT, DTHFL, DTHDT, LSTALVDT);

    /**
     * One ADSL record per subject, in input order. Flags: ITTFL Y for all; SAFFL Y when infused; COMPLFL Y when the
     * disposition is COMPLETED; DTHFL Y when a death date exists. Dates: TRTSDT first infusion, TRTEDT last infusion
     * (TRTSDT for one), EOSDT end of study or death, LSTALVDT death or last contact. Baseline characteristics of the
     * subjects' {@code baseline} maps become character variables (one per name, sorted, label "Baseline &lt;name&gt;").
     */
    public static Dataset deriveAdsl(List<SubjectRecord> subjects) {
        List<Variable> vars = new ArrayList<>(VARIABLES);
        TreeSet<String> extra = new TreeSet<>();
        subjects.forEach(s -> extra.addAll(s.baseline().keySet()));
        for (String name : extra) {
            int len = subjects.stream()
                    .map(s -> s.baseline().getOrDefault(name, ""))
                    .mapToInt(String::length)
                    .max()
                    .orElse(1);
            vars.add(Variable.chr(name, "Baseline " + name, Math.max(1, len))
                    .derivedAs("Baseline characteristic " + name + " as collected"));
        }
        List<Row> rows = new ArrayList<>();
        for (SubjectRecord s : subjects) {
            boolean treated = s.treatmentStart().isPresent();
            Row r = Row.of(
                    "STUDYID",
                    s.studyId(),
                    "USUBJID",
                    s.usubjid(),
                    "SUBJID",
                    s.usubjid().substring(s.usubjid().lastIndexOf('-') + 1),
                    "SITEID",
                    s.siteId(),
                    "AGE",
                    s.age().isPresent() ? s.age().getAsInt() : null,
                    "AGEU",
                    s.age().isPresent() ? "YEARS" : null,
                    "SEX",
                    s.sex(),
                    "ARM",
                    s.arm(),
                    "TRT01P",
                    s.arm(),
                    "TRT01A",
                    treated ? s.arm() : null,
                    "MSCSRC",
                    s.mscSource(),
                    "DISDUR",
                    s.diseaseDurationYears().isPresent()
                            ? s.diseaseDurationYears().getAsDouble()
                            : null,
                    "ITTFL",
                    "Y",
                    "SAFFL",
                    treated ? "Y" : "N",
                    "COMPLFL",
                    s.disposition() == Disposition.COMPLETED ? "Y" : "N",
                    "TRTSDT",
                    s.treatmentStart().orElse(null),
                    "TRTEDT",
                    s.treatmentEnd().or(s::treatmentStart).orElse(null),
                    "EOSSTT",
                    s.disposition().name(),
                    "EOSDT",
                    s.endOfStudyDate().or(s::deathDate).orElse(null),
                    "DTHFL",
                    s.deathDate().isPresent() ? "Y" : null,
                    "DTHDT",
                    s.deathDate().orElse(null),
                    "LSTALVDT",
                    s.lastAliveDate());
            for (Map.Entry<String, String> e : s.baseline().entrySet()) r = r.with(e.getKey(), e.getValue());
            rows.add(r);
        }
        return new Dataset("ADSL", "Subject-Level Analysis Dataset", vars, rows);
    }

    /**
     * Adds baseline covariates taken from a BDS dataset: for each PARAMCD → ADSL variable of {@code covariates}, the
     * AVAL of the subject's ABLFL = Y record (missing without one), so that ADSL and BDS baselines agree
     * (cdisc-terms.md §8.1), e.g. {@code SLEDAI → SLEDBL}, {@code PROT24H → PROTBL}.
     */
    public static Dataset deriveBaselineCovariates(Dataset adsl, Dataset bds, Map<String, String> covariates) {
        Dataset out = adsl;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(covariates).entrySet()) {
            Map<String, Double> base = new java.util.HashMap<>();
            for (Row b : bds.rows()) {
                if (b.is("PARAMCD", e.getKey()) && b.is("ABLFL", "Y") && b.dec("AVAL") != null)
                    base.putIfAbsent(b.str("USUBJID"), b.dec("AVAL"));
            }
            Variable v = Variable.decimal(e.getValue(), "Baseline " + e.getKey())
                    .derivedAs("AVAL of the ABLFL=Y record of PARAMCD " + e.getKey() + " in " + bds.name());
            out = out.withVariable(v, r -> base.get(r.str("USUBJID")));
        }
        return out;
    }
}
