package org.msct.trial.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.TrialData;

/**
 * Writes a {@link TrialData} as a study bundle (docs/bundle-format.md): {@code study.json} plus one file per
 * dataset (DM, SV, VS, EX, SUPPEX, LB, QS, CM, MH, AE, DS; every dataset is written, possibly with no rows), either
 * as CSV ({@code <domain>.csv}) or as CDISC Dataset-JSON 1.1 ({@code <domain>.json}). Columns: every Req and Exp
 * variable, and each Perm variable that has a value in some record, in SDTMIG order. Records are written in model
 * order. Output is deterministic: writing the same data twice (with the same clock) gives byte-identical files.
 */
public final class BundleWriter {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final Clock clock;
    private final JsonFactory json = new JsonFactory();

    /**
     * @param clock source of {@code datasetJSONCreationDateTime} (time zone of the clock, whole seconds)
     */
    public BundleWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes study.json and {@code <domain>.csv} files into {@code dir} (created if needed). */
    public void writeCsv(TrialData data, Path dir) throws IOException {
        prepare(dir, ".json");
        StudyJson.write(json, data.study(), dir.resolve(StudyJson.FILE));
        writeAll(data, d -> new CsvRowSink(d, dir.resolve(d.stem() + ".csv")));
    }

    /** Writes study.json and Dataset-JSON 1.1 {@code <domain>.json} files into {@code dir} (created if needed). */
    public void writeDatasetJson(TrialData data, Path dir) throws IOException {
        prepare(dir, ".csv");
        StudyJson.write(json, data.study(), dir.resolve(StudyJson.FILE));
        String created =
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(CREATED);
        String studyId = data.study().studyId();
        writeAll(data, d -> new JsonRowSink(json, d, studyId, created, dir.resolve(d.stem() + ".json")));
    }

    /** Creates {@code dir}; refuses when it holds dataset files of the other format (the bundle would be mixed). */
    private static void prepare(Path dir, String otherExtension) throws IOException {
        Files.createDirectories(dir);
        for (Domain d : Domain.values()) {
            if (Files.exists(dir.resolve(d.stem() + otherExtension))) {
                throw new IOException(
                        dir + " already holds " + d.stem() + otherExtension + "; write into an empty folder");
            }
        }
    }

    interface SinkFactory {
        RowSink open(Domain d) throws IOException;
    }

    private static void writeAll(TrialData t, SinkFactory f) throws IOException {
        String id = t.study().studyId();
        write(new DmCodec(), t.subjects(), f, id);
        write(new SvCodec(), t.visits(), f, id);
        write(new VsCodec(), t.vitalSigns(), f, id);
        write(new ExCodec(), t.infusions(), f, id);
        write(new SuppexCodec(), SuppexCodec.of(t.infusions()), f, id);
        write(new LbCodec(), t.labs(), f, id);
        write(new QsCodec(), t.qsItems(), f, id);
        write(new CmCodec(), t.conMeds(), f, id);
        write(new MhCodec(), t.medicalHistory(), f, id);
        write(new AeCodec(), t.adverseEvents(), f, id);
        write(new DsCodec(), t.dispositions(), f, id);
    }

    static <T> void write(Codec<T> codec, List<T> records, SinkFactory f, String studyId) throws IOException {
        Domain d = codec.domain();
        int n = d.variables().size();
        @Nullable Object[] values = new Object[n];
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) used[i] = d.variables().get(i).core() != Variable.Core.PERM;
        for (T r : records) {
            Arrays.fill(values, null);
            codec.encode(r, values);
            for (int i = 0; i < n; i++) if (values[i] != null) used[i] = true;
        }
        int[] columns = columns(used);
        int study = d.index("STUDYID");
        int domain = d.indexOrMinus("DOMAIN");
        try (RowSink sink = f.open(d)) {
            sink.begin(columns, records.size());
            for (T r : records) {
                Arrays.fill(values, null);
                codec.encode(r, values);
                values[study] = studyId;
                if (domain >= 0) values[domain] = d.name();
                sink.row(values);
            }
        }
    }

    static int[] columns(boolean[] used) {
        int k = 0;
        for (boolean u : used) if (u) k++;
        int[] cols = new int[k];
        k = 0;
        for (int i = 0; i < used.length; i++) if (used[i]) cols[k++] = i;
        return cols;
    }
}
