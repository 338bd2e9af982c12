package org.msct.cli.analyze;

import java.util.List;
import java.util.Map;
import org.msct.derivations.adsl.Adsl;
import org.msct.derivations.bds.Bds;
import org.msct.derivations.bds.BdsOptions;
import org.msct.derivations.bds.ParameterCatalog;
import org.msct.derivations.bilag.BilagSchemes;
import org.msct.derivations.bilag.BilagScores;
import org.msct.derivations.clinical.ClinicalEndpoints;
import org.msct.derivations.course.Adrs;
import org.msct.derivations.course.AnalysisVisits;
import org.msct.derivations.course.Course;
import org.msct.derivations.course.Endpoint;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.course.SubjectVisits;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.renal.RenalEndpoints;
import org.msct.derivations.tte.TimeToEvent;
import org.msct.derivations.tte.TteDefinitions;

/**
 * The derived ADaM datasets and per-endpoint courses of one bundle.
 *
 * @param subjects derivation inputs
 * @param grid analysis visit grid ({@code msct-grid}: months 1, 3, 6, 9, 12, then yearly)
 * @param adsl ADSL
 * @param adlb lab BDS
 * @param adqs instrument BDS (SLEDAI-2K, BILAG grades and BILAG-2004 numeric scores)
 * @param adrs response dataset of the three endpoints
 * @param adtte time-to-event dataset (OS, TTRR, TTFLARE, TTCR, TTRELAP, TTREM, TTREMREL)
 * @param renal Gu 2014 renal courses (nanjing-cn CR/PR, moroni-2022 flare, month 12)
 * @param clinical ART 2014 clinical courses (MCR/PCR, art-rel-1 relapse, month 12)
 * @param remission SCR 2018 clinical-remission courses (CCR/PCR, scr-rel-1, month 60)
 */
record Derived(
        List<SubjectRecord> subjects,
        List<PlannedVisit> grid,
        Dataset adsl,
        Dataset adlb,
        Dataset adqs,
        Dataset adrs,
        Dataset adtte,
        List<SubjectCourse> renal,
        List<SubjectCourse> clinical,
        List<SubjectCourse> remission) {

    static final String BILAG_SCHEME = "bilag-2004-1281";

    /** Runs the derivation chain of docs/derivations.md on mapped bundle data. */
    static Derived derive(BundleMapper.Mapped m, List<PlannedVisit> grid) {
        List<SubjectRecord> subjects = m.subjects();
        ParameterCatalog catalog = ParameterCatalog.standard();
        List<Observation> labs = m.observations().stream().filter(o -> o.srcDom().equals("LB")).toList();
        List<Observation> qs = new java.util.ArrayList<>(m.observations().stream().filter(o -> o.srcDom().equals("QS")).toList());
        qs.addAll(BilagScores.computeScores(qs, BilagSchemes.load(BILAG_SCHEME)));
        Dataset adsl = Adsl.deriveAdsl(subjects);
        Dataset adlb = Bds.deriveBds("ADLB", "Laboratory Analysis Dataset", subjects, labs, grid, catalog, BdsOptions.DEFAULT);
        Dataset adqs = Bds.deriveBds("ADQS", "Questionnaire Analysis Dataset", subjects, qs, grid, catalog, BdsOptions.DEFAULT);
        adsl = Adsl.deriveBaselineCovariates(adsl, adqs, Map.of("SLEDAI", "SLEDBL"));
        Map<String, SubjectVisits> visits = AnalysisVisits.fromBds(List.of(adlb, adqs), subjects);
        Endpoint renalE = RenalEndpoints.gu2014(grid);
        Endpoint clinE = ClinicalEndpoints.art2014(grid);
        Endpoint remE = ClinicalEndpoints.scr2018(grid);
        List<SubjectCourse> renal = Course.computeCourses(subjects, visits, renalE);
        List<SubjectCourse> clinical = Course.computeCourses(subjects, visits, clinE);
        List<SubjectCourse> remission = Course.computeCourses(subjects, visits, remE);
        Dataset adrs = Adrs.bind(List.of(
                Adrs.deriveAdrs(renal, renalE), Adrs.deriveAdrs(clinical, clinE), Adrs.deriveAdrs(remission, remE)));
        Dataset adtte = TimeToEvent.deriveTte(adsl, Map.of("ADRS", adrs), TteDefinitions.standard());
        return new Derived(subjects, grid, adsl, adlb, adqs, adrs, adtte, renal, clinical, remission);
    }

    /** Every derived dataset, in output order. */
    List<Dataset> datasets() {
        return List.of(adsl, adlb, adqs, adrs, adtte);
    }
}
