package org.msct.trial.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.Infusion;
import org.msct.trial.model.Study;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;

/**
 * Reads a study bundle folder (docs/bundle-format.md) in either format, detected by the files present: CSV
 * ({@code <domain>.csv}) or CDISC Dataset-JSON 1.1 ({@code <domain>.json}), plus {@code study.json}. Import is
 * all-or-nothing: structural problems (unknown dataset file, missing required variable or value, unparsable number
 * or date, unknown USUBJID/SITEID/EXLOT reference, duplicate --SEQ ...) are ERROR findings, and with any ERROR the
 * result holds no data. CSV is read at the byte level ({@link ByteCsvRowSource}); big CSV datasets are read as two
 * halves on two threads ({@link ChunkedCsvReader}, same result as reading row after row), the others streamed (parsed
 * on a second thread while the first decodes them). Equal values are shared, so memory grows with the number of
 * records, not with the file size.
 */
public final class BundleReader {
    static final String RULE_FILE_UNKNOWN = "BUNDLE-FILE-UNKNOWN";
    static final String RULE_FILE_MISSING = "BUNDLE-FILE-MISSING";
    static final String RULE_FILE_IGNORED = "BUNDLE-FILE-IGNORED";
    static final String RULE_FORMAT_MIXED = "BUNDLE-FORMAT-MIXED";
    static final String RULE_SITE_UNKNOWN = "BUNDLE-SITE-UNKNOWN";
    static final String RULE_LOT_UNKNOWN = "BUNDLE-LOT-UNKNOWN";

    private BundleReader() {}

    /** Reads the bundle in {@code dir}. Never throws for bad data; I/O failures also become findings. */
    public static ReadResult read(Path dir) {
        return read(dir, m -> {});
    }

    /**
     * As {@link #read(Path)}, telling {@code progress} after each dataset file is read (e.g. {@code lb.csv: 2261940
     * rows}), for progress messages on big bundles.
     */
    public static ReadResult read(Path dir, Consumer<String> progress) {
        Findings f = new Findings();
        String folder =
                dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            f.error(folder, 0, null, null, RULE_FILE_MISSING, "bundle folder does not exist");
            return new ReadResult(null, f.list());
        }
        Map<Domain, Path> csv = new EnumMap<>(Domain.class);
        Map<Domain, Path> json = new EnumMap<>(Domain.class);
        Path studyFile = scan(dir, folder, csv, json, f);
        if (!csv.isEmpty() && !json.isEmpty()) {
            f.error(
                    folder,
                    0,
                    null,
                    null,
                    RULE_FORMAT_MIXED,
                    "the folder holds both CSV and Dataset-JSON datasets; keep one format per bundle");
            return new ReadResult(null, f.list());
        }
        boolean isJson = !json.isEmpty();
        Map<Domain, Path> files = isJson ? json : csv;
        String ext = isJson ? ".json" : ".csv";
        if (studyFile == null) f.error(StudyJson.FILE, 0, null, null, RULE_FILE_MISSING, "study.json is required");
        if (!files.containsKey(Domain.DM)) f.error("dm" + ext, 0, null, null, RULE_FILE_MISSING, "DM is required");
        if (f.hasError()) return new ReadResult(null, f.list());

        ObjectMapper mapper = new ObjectMapper();
        JsonFactory factory = mapper.getFactory();
        Study study = StudyJson.read(mapper, studyFile, f);
        String studyId = study == null ? null : study.studyId();
        Interner interner = new Interner();
        Sources sources = (d, p, own) ->
                new PrefetchingRowSource(isJson ? new JsonRowSource(factory, p, d, own) : ByteCsvRowSource.open(p));

        Set<String> ids = new HashSet<>();
        // big CSV datasets are read as two halves on two threads; the second halves share their own interner
        Interner halves = isJson ? null : new Interner();
        List<Subject> dm = readDm(files.get(Domain.DM), sources, studyId, f, interner, ids);
        progress.accept(name(files.get(Domain.DM)) + ": " + dm.size() + " rows");
        if (study != null) checkSites(dm, study, files.get(Domain.DM), f);
        var sv = read(new SvCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        var vs = read(new VsCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        var ex = read(new ExCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        var supp = read(new SuppexCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        if (files.containsKey(Domain.SUPPEX)) ex = SuppexCodec.merge(ex, supp, name(files.get(Domain.SUPPEX)), f);
        if (study != null) checkLots(ex, study, files.get(Domain.EX), f);
        var lb = read(new LbCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        var qs = read(new QsCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        var cm = read(new CmCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        var mh = read(new MhCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        var ae = read(new AeCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        var ds = read(new DsCodec(), files, sources, studyId, ids, f, interner, progress, halves);
        if (f.hasError() || study == null) return new ReadResult(null, f.list());
        try {
            return new ReadResult(new TrialData(study, dm, sv, vs, ex, lb, qs, cm, mh, ae, ds), f.list());
        } catch (IllegalArgumentException e) {
            f.error(folder, 0, null, null, DomainReader.RULE_VALUE, e.getMessage());
            return new ReadResult(null, f.list());
        }
    }

    interface Sources {
        RowSource open(Domain d, Path p, Findings findings) throws IOException;
    }

    private static <T> List<T> read(
            Codec<T> codec,
            Map<Domain, Path> files,
            Sources sources,
            @Nullable String studyId,
            @Nullable Set<String> ids,
            Findings f,
            Interner interner,
            Consumer<String> progress,
            @Nullable Interner halves) {
        Path p = files.get(codec.domain());
        if (p == null) return List.of();
        if (halves != null && ids != null && codec.domain() != Domain.SV && codec.domain() != Domain.SUPPEX) {
            List<T> rows = ChunkedCsvReader.read(
                    codec, p, name(p), studyId, ids, f, interner, halves, ChunkedCsvReader.MIN_BYTES);
            if (rows != null) {
                progress.accept(name(p) + ": " + rows.size() + " rows");
                return rows;
            }
        }
        RowSource src;
        try {
            src = sources.open(codec.domain(), p, f);
        } catch (IOException e) {
            f.error(name(p), 0, null, null, DomainReader.RULE_SYNTAX, "cannot open: " + e.getMessage());
            return List.of();
        }
        List<T> rows = new DomainReader<>(codec, name(p), studyId, ids, f, interner).read(src);
        progress.accept(name(p) + ": " + rows.size() + " rows");
        return rows;
    }

    /** Reads DM; {@code ids} receives the USUBJID of every DM row, also of rows rejected for other problems. */
    private static List<Subject> readDm(
            Path p, Sources sources, @Nullable String studyId, Findings f, Interner interner, Set<String> ids) {
        try {
            RowSource src = sources.open(Domain.DM, p, f);
            return new DomainReader<>(new DmCodec(), name(p), studyId, null, f, interner)
                    .collectingSubjects(ids)
                    .read(src);
        } catch (IOException e) {
            f.error(name(p), 0, null, null, DomainReader.RULE_SYNTAX, "cannot open: " + e.getMessage());
            return List.of();
        }
    }

    /** Sorts the folder's files into datasets by format; returns study.json or null. */
    private static @Nullable Path scan(
            Path dir, String folder, Map<Domain, Path> csv, Map<Domain, Path> json, Findings f) {
        Path study = null;
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            f.error(folder, 0, null, null, RULE_FILE_MISSING, "cannot list the bundle folder: " + e.getMessage());
            return null;
        }
        for (Path p : entries) {
            String n = name(p);
            if (n.startsWith(".")) continue;
            if (n.equals(StudyJson.FILE)) {
                study = p;
                continue;
            }
            int dot = n.lastIndexOf('.');
            String ext = dot < 0 ? "" : n.substring(dot);
            if (!Files.isRegularFile(p) || !(ext.equals(".csv") || ext.equals(".json"))) {
                f.warning(n, 0, null, null, RULE_FILE_IGNORED, "not a dataset file of a bundle; ignored");
                continue;
            }
            var d = Domain.ofStem(n.substring(0, dot));
            if (d.isEmpty()) {
                f.error(
                        n,
                        0,
                        null,
                        null,
                        RULE_FILE_UNKNOWN,
                        "unknown dataset; a bundle holds dm, sv, vs, ex, suppex, lb, qs, cm, mh, ae, ds (lower case)");
            } else {
                (ext.equals(".csv") ? csv : json).put(d.get(), p);
            }
        }
        return study;
    }

    private static void checkSites(List<Subject> dm, Study study, Path file, Findings f) {
        for (Subject s : dm) {
            if (study.site(s.siteId()).isEmpty()) {
                f.error(
                        name(file),
                        s.row(),
                        "SITEID",
                        s.siteId(),
                        RULE_SITE_UNKNOWN,
                        "SITEID is not a site of study.json");
            }
        }
    }

    private static void checkLots(List<Infusion> ex, Study study, @Nullable Path file, Findings f) {
        for (Infusion x : ex) {
            if (x.lot() != null && study.lot(x.lot()).isEmpty()) {
                f.error(name(file), x.row(), "EXLOT", x.lot(), RULE_LOT_UNKNOWN, "EXLOT is not a lot of study.json");
            }
        }
    }

    private static String name(@Nullable Path p) {
        return p == null ? "" : p.getFileName().toString();
    }
}
