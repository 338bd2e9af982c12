package org.msct.trial.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.msct.trial.model.ProtocolRef;
import org.msct.trial.model.Sex;
import org.msct.trial.model.Site;
import org.msct.trial.model.Study;
import org.msct.trial.model.TrialData;
import org.msct.trial.product.MscLot;

/**
 * Builds the example bundle of examples/bundle: six subjects at two sites of a Wang-2014-style multicentre UC-MSC
 * trial (Wang D et al., Arthritis Res Ther 2014;16:R79; clinical-definitions.md §1 (c), §6.3). Ages and outcomes of
 * the six profiles follow Table 1 patients 1–6 (46 PCR, 37 PCR, 21 NR, 28 MCR, 26 NR, 23 NR); subject 6 dies on
 * study day 256 of a pulmonary infection not related to MSCT (the day of a Table 2 death). Infusions on days 0 and
 * 7 (study days 1 and 8) at 1×10^6 cells/kg; visits baseline, day 7, months 1, 3, 6, 9, 12. Values are synthetic.
 *
 * <p>Run {@link #main} from the module folder to regenerate {@code ../examples/bundle}; ExampleBundleTest checks the
 * committed files are exactly what this produces.
 */
final class ExampleBundle {
    static final Path DIR = Path.of("..", "examples", "bundle");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private ExampleBundle() {}

    static Study study() {
        List<Site> sites = List.of(
                new Site("01", "Nanjing Drum Tower Hospital", "CHN"),
                new Site("02", "Jiangsu Province Hospital", "CHN"));
        Map<String, Double> phenotype = Map.of(
                "CD73", 99.2, "CD90", 98.9, "CD105", 97.6, "CD45", 0.5, "CD34", 0.3, "CD14", 0.4, "CD79A", 0.2,
                "HLA-DR", 0.7);
        List<MscLot> lots = List.of(
                new MscLot(
                        "UC2013-001",
                        MscLot.MscSource.UMBILICAL_CORD,
                        "D101",
                        3,
                        93.5,
                        2.0e9,
                        phenotype,
                        LocalDate.of(2012, 12, 20),
                        true),
                new MscLot(
                        "UC2013-002",
                        MscLot.MscSource.UMBILICAL_CORD,
                        "D102",
                        4,
                        91.8,
                        1.8e9,
                        phenotype,
                        LocalDate.of(2013, 1, 4),
                        true));
        return new Study(
                "MSCT-UC-EX",
                "Example: allogeneic UC-MSC transplantation in refractory SLE (Wang 2014 style)",
                new ProtocolRef("wang-2014-uc-msc", "1"),
                sites,
                SyntheticSchedule.visits(7),
                lots);
    }

    static List<SyntheticProfile> profiles() {
        int done = 366;
        return List.of(
                new SyntheticProfile(
                        46,
                        Sex.F,
                        58.5,
                        0.95,
                        0.55,
                        Integer.MAX_VALUE,
                        true,
                        SyntheticProfile.Fate.COMPLETED,
                        done,
                        null),
                new SyntheticProfile(
                        37,
                        Sex.F,
                        52.0,
                        0.75,
                        0.50,
                        Integer.MAX_VALUE,
                        true,
                        SyntheticProfile.Fate.COMPLETED,
                        done,
                        null),
                new SyntheticProfile(
                        21,
                        Sex.F,
                        49.5,
                        0.70,
                        0.05,
                        Integer.MAX_VALUE,
                        true,
                        SyntheticProfile.Fate.COMPLETED,
                        done,
                        null),
                new SyntheticProfile(
                        28,
                        Sex.F,
                        55.0,
                        0.65,
                        0.90,
                        Integer.MAX_VALUE,
                        true,
                        SyntheticProfile.Fate.COMPLETED,
                        done,
                        null),
                new SyntheticProfile(
                        26,
                        Sex.M,
                        63.0,
                        0.75,
                        0.08,
                        Integer.MAX_VALUE,
                        true,
                        SyntheticProfile.Fate.COMPLETED,
                        done,
                        null),
                new SyntheticProfile(
                        23,
                        Sex.F,
                        47.0,
                        0.85,
                        0.05,
                        Integer.MAX_VALUE,
                        false,
                        SyntheticProfile.Fate.DEATH,
                        256,
                        SyntheticProfile.PNEUMONIA));
    }

    static TrialData build() {
        Study study = study();
        List<SyntheticSubject> subjects = new ArrayList<>();
        List<SyntheticProfile> profiles = profiles();
        for (int i = 0; i < profiles.size(); i++) {
            subjects.add(new SyntheticSubject(
                    study, i, new SplittableRandom(SyntheticBundle.mix(2014L, i)), profiles.get(i)));
        }
        return new TrialData(
                study,
                subjects.stream().map(s -> s.dm).toList(),
                all(subjects, s -> s.sv),
                all(subjects, s -> s.vs),
                all(subjects, s -> s.ex),
                all(subjects, s -> s.lb),
                all(subjects, s -> s.qs),
                all(subjects, s -> s.cm),
                all(subjects, s -> s.mh),
                all(subjects, s -> s.ae),
                all(subjects, s -> s.ds));
    }

    private static <T> List<T> all(
            List<SyntheticSubject> subjects, java.util.function.Function<SyntheticSubject, List<T>> f) {
        List<T> out = new ArrayList<>();
        for (SyntheticSubject s : subjects) out.addAll(f.apply(s));
        return out;
    }

    static void write(Path dir) throws IOException {
        new BundleWriter(CLOCK).writeCsv(build(), dir);
    }

    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : DIR);
    }
}
