package org.msct.derivations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.bds.Bds;
import org.msct.derivations.bds.BdsOptions;
import org.msct.derivations.bds.ParameterCatalog;
import org.msct.derivations.bds.VisitGrid;
import org.msct.derivations.course.AnalysisVisits;
import org.msct.derivations.course.Course;
import org.msct.derivations.course.Endpoint;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.input.Disposition;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.input.SubjectRecord;

/** Hand-made cohort builders shared by the tests. Day 0 (first infusion) is 2024-01-01 for every subject. */
public final class Fixtures {
    public static final LocalDate D0 = LocalDate.of(2024, 1, 1);
    public static final List<PlannedVisit> GRID = VisitGrid.load(VisitGrid.MSCT);
    public static final ParameterCatalog CATALOG = ParameterCatalog.standard();

    /** Classic BILAG grade parameters in the order of {@link #bilag}'s grade string. */
    public static final List<String> CLASSIC =
            List.of("BLGGEN", "BLGMUC", "BLGNEU", "BLGMSK", "BLGCAR", "BLGVAS", "BLGREN", "BLGHAE");

    private Fixtures() {}

    public static LocalDate day(int d) {
        return D0.plusDays(d);
    }

    /**
     * A subject infused on day 0, enrolled on day −7, last contact on {@code lastContactDay}, dead on {@code deathDay}
     * when given; COMPLETED when alive with last contact ≥ day 335, DISCONTINUED when dead, ONGOING otherwise.
     */
    public static SubjectRecord subject(String id, int lastContactDay, @Nullable Integer deathDay) {
        Disposition disp = deathDay != null
                ? Disposition.DISCONTINUED
                : lastContactDay >= 335 ? Disposition.COMPLETED : Disposition.ONGOING;
        Optional<LocalDate> death = deathDay == null ? Optional.empty() : Optional.of(day(deathDay));
        return new SubjectRecord(
                "MSCT01",
                id,
                "01",
                "UC-MSC 1x10^6 cells/kg",
                OptionalInt.of(30),
                "F",
                OptionalDouble.of(4.5),
                "UMBILICAL CORD",
                day(-7),
                Optional.of(D0),
                Optional.of(day(7)),
                death,
                day(lastContactDay),
                disp,
                disp == Disposition.ONGOING ? Optional.empty() : Optional.of(death.orElse(day(lastContactDay))),
                Map.of());
    }

    /** Renal labs on one day; a null value is a "not done" observation. */
    public static List<Observation> renal(
            String id,
            int d,
            @Nullable Double prot,
            @Nullable Double urbc,
            @Nullable Double alb,
            @Nullable Double creat) {
        List<Observation> out = new ArrayList<>();
        lab(out, id, d, "PROT24H", prot, "g/24h");
        lab(out, id, d, "URBC", urbc, "/HPF");
        lab(out, id, d, "ALB", alb, "g/L");
        lab(out, id, d, "CREAT", creat, "umol/L");
        return out;
    }

    public static void lab(
            List<Observation> out, String id, int d, String paramcd, @Nullable Double value, String unit) {
        out.add(
                value == null
                        ? Observation.notDone(id, day(d), paramcd)
                        : Observation.lab(id, day(d), paramcd, value, unit));
    }

    /** Classic BILAG grades on one day, in {@link #CLASSIC} order, e.g. {@code "CBEBEEAC"}; {@code ?} = not graded. */
    public static List<Observation> bilag(String id, int d, String grades) {
        if (grades.length() != 8) throw new IllegalArgumentException(grades);
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            char g = grades.charAt(i);
            if (g != '?') out.add(Observation.grade(id, day(d), CLASSIC.get(i), String.valueOf(g)));
        }
        return out;
    }

    /** One BDS dataset of every observation, default options, MSCT grid. */
    public static Dataset bds(List<SubjectRecord> subjects, List<Observation> obs) {
        return Bds.deriveBds("ADLB", "Laboratory Analysis Dataset", subjects, obs, GRID, CATALOG, BdsOptions.DEFAULT);
    }

    /** Observations → BDS → analysis visits → courses. */
    public static List<SubjectCourse> courses(List<SubjectRecord> subjects, List<Observation> obs, Endpoint endpoint) {
        return Course.computeCourses(subjects, AnalysisVisits.fromBds(List.of(bds(subjects, obs)), subjects), endpoint);
    }

    /** The course of {@code id}. */
    public static SubjectCourse of(List<SubjectCourse> courses, String id) {
        return courses.stream().filter(c -> c.usubjid().equals(id)).findFirst().orElseThrow();
    }
}
