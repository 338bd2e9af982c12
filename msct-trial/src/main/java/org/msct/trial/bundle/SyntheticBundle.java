package org.msct.trial.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.PlannedVisit;
import org.msct.trial.model.ProtocolRef;
import org.msct.trial.model.Site;
import org.msct.trial.model.Study;
import org.msct.trial.product.MscLot;

/**
 * Writes a realistic, valid, synthetic CSV study bundle of any size for tests and the load benchmark: a
 * Wang-2014-style single-arm UC-MSC trial at four sites, two infusions per subject, {@code visits} visits (baseline,
 * day 7, months 1, 3, 6, 9, 12, then every 3 months) each with 4 vital signs, a 12-test lupus lab panel, 25
 * SLEDAI-2K items (with the derived total), 9 BILAG-2004 system grades and a PGA; medication, history, adverse
 * events, deaths and dispositions. Subjects are generated and written one at a time (memory does not grow with
 * size). Deterministic: subject i draws from {@code SplittableRandom(mix(seed, i))}, so the same arguments give
 * byte-identical files.
 */
public final class SyntheticBundle {
    /** STUDYID of synthetic bundles. */
    public static final String STUDY_ID = "MSCT-SYN";

    private SyntheticBundle() {}

    /**
     * @param dir target folder (created; must not hold Dataset-JSON datasets)
     * @param subjects number of subjects ≥ 1
     * @param visits planned visits per subject, 2–40
     * @param seed random seed
     */
    public static void write(Path dir, int subjects, int visits, long seed) throws IOException {
        if (subjects < 1) throw new IllegalArgumentException("subjects must be >= 1");
        if (visits < 2 || visits > 40) throw new IllegalArgumentException("visits must be 2-40");
        Files.createDirectories(dir);
        Study study = study(visits);
        StudyJson.write(new JsonFactory(), study, dir.resolve(StudyJson.FILE));
        try (Out out = new Out(dir)) {
            for (int i = 0; i < subjects; i++) {
                var s = new SyntheticSubject(study, i, new SplittableRandom(mix(seed, i)));
                out.put(new DmCodec(), List.of(s.dm));
                out.put(new SvCodec(), s.sv);
                out.put(new VsCodec(), s.vs);
                out.put(new ExCodec(), s.ex);
                out.put(new SuppexCodec(), SuppexCodec.of(s.ex));
                out.put(new LbCodec(), s.lb);
                out.put(new QsCodec(), s.qs);
                out.put(new CmCodec(), s.cm);
                out.put(new MhCodec(), s.mh);
                out.put(new AeCodec(), s.ae);
                out.put(new DsCodec(), s.ds);
            }
        }
    }

    /** The synthetic study: 4 sites in China, protocol wang-2014-uc-msc v1, the visit grid, 8 released UC lots. */
    public static Study study(int visits) {
        List<Site> sites = List.of(
                new Site("01", "Nanjing Drum Tower Hospital", "CHN"),
                new Site("02", "Jiangsu Province Hospital", "CHN"),
                new Site("03", "Taizhou People's Hospital", "CHN"),
                new Site("04", "Affiliated Hospital of Xuzhou Medical University", "CHN"));
        List<MscLot> lots = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            Map<String, Double> phenotype = Map.of(
                    "CD73", 99.1, "CD90", 98.7, "CD105", 97.9, "CD45", 0.4, "CD34", 0.3, "CD14", 0.5, "CD79A", 0.2,
                    "HLA-DR", 0.6);
            lots.add(new MscLot(
                    String.format("UC2013-%03d", k),
                    MscLot.MscSource.UMBILICAL_CORD,
                    "D" + (100 + k),
                    3,
                    92.0 + k * 0.5,
                    2.0e9,
                    phenotype,
                    LocalDate.of(2012, 12, 10).minusDays(20L * k),
                    true));
        }
        List<PlannedVisit> plan = SyntheticSchedule.visits(visits);
        return new Study(
                STUDY_ID,
                "Synthetic multicentre UC-MSC transplantation in refractory SLE",
                new ProtocolRef("wang-2014-uc-msc", "1"),
                sites,
                plan,
                lots);
    }

    static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One open CSV per dataset, all variables as columns. */
    private static final class Out implements AutoCloseable {
        private final Map<Domain, CsvRowSink> sinks = new EnumMap<>(Domain.class);
        private final Map<Domain, @Nullable Object[]> buffers = new EnumMap<>(Domain.class);

        Out(Path dir) throws IOException {
            for (Domain d : Domain.values()) {
                CsvRowSink sink = new CsvRowSink(d, dir.resolve(d.stem() + ".csv"));
                int[] all = new int[d.variables().size()];
                for (int i = 0; i < all.length; i++) all[i] = i;
                sink.begin(all, -1);
                sinks.put(d, sink);
                buffers.put(d, new Object[all.length]);
            }
        }

        <T> void put(Codec<T> codec, List<T> records) throws IOException {
            Domain d = codec.domain();
            @Nullable Object[] v = buffers.get(d);
            int study = d.index("STUDYID");
            int domain = d.indexOrMinus("DOMAIN");
            for (T r : records) {
                Arrays.fill(v, null);
                codec.encode(r, v);
                v[study] = STUDY_ID;
                if (domain >= 0) v[domain] = d.name();
                sinks.get(d).row(v);
            }
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (CsvRowSink s : sinks.values()) {
                try {
                    s.close();
                } catch (IOException e) {
                    if (first == null) first = e;
                }
            }
            if (first != null) throw first;
        }
    }
}
