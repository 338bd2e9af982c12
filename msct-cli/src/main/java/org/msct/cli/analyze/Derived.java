package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
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
 * @param protocolCourses courses of the protocol's endpoints by {@link ProtocolPlan} course key
 * @param params analysis parameters present in the bundle (what an endpoint needs may be missing)
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
        List<SubjectCourse> remission,
        Map<String, List<SubjectCourse>> protocolCourses,
        Set<String> params) {

    static final String BILAG_SCHEME = "bilag-2004-1281";

    /** Classic scheme whose BILAGTOT / BILAGREN are derived when the bundle has classic grades (ART 2014, Gu 2014). */
    static final String CLASSIC_SCHEME = "bilag-classic-931";

    /** Subjects per derivation block: BDS / course derivations are per subject, so blocks bound the transient memory. */
    static final int BLOCK = 250;

    /** Runs the derivation chain of docs/derivations.md on mapped bundle data. */
    static Derived derive(BundleMapper.Mapped m, List<PlannedVisit> grid) {
        return derive(m, grid, BLOCK, true, x -> {});
    }

    /**
     * As {@link #derive(BundleMapper.Mapped, List)}, deriving BDS, courses and ADRS in blocks of {@code block}
     * subjects (the result does not depend on the block size: every step works within a subject). Without {@code
     * allRecords}, ADLB and ADQS keep only the analysed numeric records (ANL01FL = Y with AVAL), which is all the
     * statistics read; the character (BILAG grade) and unselected records are used for the courses and dropped.
     */
    static Derived derive(
            BundleMapper.Mapped m, List<PlannedVisit> grid, int block, boolean allRecords, Consumer<String> progress) {
        return derive(m, grid, block, allRecords, Map.of(), progress);
    }

    /**
     * As above, also computing the courses of {@code extra} endpoints (the protocol's, by course key). Classic BILAG
     * scores ({@link #CLASSIC_SCHEME}) are derived only when the bundle has a classic-only grade (BLGGEN or BLGVAS):
     * the systems shared with BILAG-2004 would otherwise give a renal score from BILAG-2004 grades.
     */
    static Derived derive(
            BundleMapper.Mapped m,
            List<PlannedVisit> grid,
            int block,
            boolean allRecords,
            Map<String, Endpoint> extra,
            Consumer<String> progress) {
        Set<String> params = m.params();
        var classic = params.contains("BLGGEN") || params.contains("BLGVAS")
                ? Optional.of(BilagSchemes.load(CLASSIC_SCHEME))
                : Optional.<org.msct.derivations.bilag.BilagScheme>empty();
        List<SubjectRecord> subjects = m.subjects();
        ParameterCatalog catalog = ParameterCatalog.standard();
        Map<String, List<Observation>> bySubject = new HashMap<>();
        for (Observation o : m.observations())
            bySubject.computeIfAbsent(o.usubjid(), k -> new ArrayList<>()).add(o);
        Endpoint renalE = RenalEndpoints.gu2014(grid);
        Endpoint clinE = ClinicalEndpoints.art2014(grid);
        Endpoint remE = ClinicalEndpoints.scr2018(grid);
        var bilag = BilagSchemes.load(BILAG_SCHEME);
        int blocks = (subjects.size() + block - 1) / block;
        if (blocks == 0) throw new IllegalArgumentException("the bundle has no subjects");
        AtomicInteger done = new AtomicInteger();
        // blocks are independent (every step works within a subject): derive them on all cores, keep their order
        List<Block> parts = IntStream.range(0, blocks)
                .parallel()
                .mapToObj(b -> {
                    List<SubjectRecord> part = subjects.subList(b * block, Math.min(subjects.size(), (b + 1) * block));
                    Block x = deriveBlock(
                            part, bySubject, grid, catalog, bilag, classic, renalE, clinE, remE, extra, allRecords);
                    int n = done.addAndGet(part.size());
                    if (blocks > 1) progress.accept("derived subjects " + n + "/" + subjects.size());
                    return x;
                })
                .toList();
        List<SubjectCourse> renal = new ArrayList<>();
        List<SubjectCourse> clinical = new ArrayList<>();
        List<SubjectCourse> remission = new ArrayList<>();
        Map<String, List<SubjectCourse>> extraCourses = new LinkedHashMap<>();
        extra.keySet().forEach(k -> extraCourses.put(k, new ArrayList<>()));
        for (Block x : parts) {
            x.extra().forEach((k, v) -> extraCourses.get(k).addAll(v));
            renal.addAll(x.renal());
            clinical.addAll(x.clinical());
            remission.addAll(x.remission());
        }
        Dataset adlb = Dataset.concat(parts.stream().map(Block::lb).toList());
        Dataset adqs = Dataset.concat(parts.stream().map(Block::qs).toList());
        Dataset adrs = Dataset.concat(parts.stream().map(Block::rs).toList());
        Dataset adsl = Adsl.deriveBaselineCovariates(Adsl.deriveAdsl(subjects), adqs, Map.of("SLEDAI", "SLEDBL"));
        Dataset adtte = TimeToEvent.deriveTte(adsl, Map.of("ADRS", adrs), TteDefinitions.standard());
        return new Derived(
                subjects, grid, adsl, adlb, adqs, adrs, adtte, renal, clinical, remission, extraCourses, params);
    }

    /** One block's derived datasets and courses. */
    private record Block(
            Dataset lb,
            Dataset qs,
            Dataset rs,
            List<SubjectCourse> renal,
            List<SubjectCourse> clinical,
            List<SubjectCourse> remission,
            Map<String, List<SubjectCourse>> extra) {}

    private static Block deriveBlock(
            List<SubjectRecord> part,
            Map<String, List<Observation>> bySubject,
            List<PlannedVisit> grid,
            ParameterCatalog catalog,
            org.msct.derivations.bilag.BilagScheme bilag,
            Optional<org.msct.derivations.bilag.BilagScheme> classic,
            Endpoint renalE,
            Endpoint clinE,
            Endpoint remE,
            Map<String, Endpoint> extra,
            boolean allRecords) {
        List<Observation> labs = new ArrayList<>();
        List<Observation> qs = new ArrayList<>();
        for (SubjectRecord s : part) {
            for (Observation o : bySubject.getOrDefault(s.usubjid(), List.of()))
                (o.srcDom().equals("LB") ? labs : qs).add(o);
        }
        List<Observation> scores = new ArrayList<>(BilagScores.computeScores(qs, bilag));
        classic.ifPresent(c -> scores.addAll(BilagScores.computeScores(qs, c)));
        qs.addAll(scores);
        Dataset lb =
                Bds.deriveBds("ADLB", "Laboratory Analysis Dataset", part, labs, grid, catalog, BdsOptions.DEFAULT);
        Dataset q =
                Bds.deriveBds("ADQS", "Questionnaire Analysis Dataset", part, qs, grid, catalog, BdsOptions.DEFAULT);
        Map<String, SubjectVisits> visits = AnalysisVisits.fromBds(List.of(lb, q), part);
        List<SubjectCourse> r = Course.computeCourses(part, visits, renalE);
        List<SubjectCourse> c = Course.computeCourses(part, visits, clinE);
        List<SubjectCourse> x = Course.computeCourses(part, visits, remE);
        Map<String, List<SubjectCourse>> more = new LinkedHashMap<>();
        extra.forEach((k, e) -> more.put(k, Course.computeCourses(part, visits, e)));
        Dataset rs =
                Adrs.bind(List.of(Adrs.deriveAdrs(r, renalE), Adrs.deriveAdrs(c, clinE), Adrs.deriveAdrs(x, remE)));
        return new Block(allRecords ? lb : analysed(lb), allRecords ? q : analysed(q), rs, r, c, x, more);
    }

    private static Dataset analysed(Dataset bds) {
        return bds.filter(r -> "Y".equals(r.str("ANL01FL")) && r.dec("AVAL") != null);
    }

    /** Every derived dataset, in output order. */
    List<Dataset> datasets() {
        return List.of(adsl, adlb, adqs, adrs, adtte);
    }
}
