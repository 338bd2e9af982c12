package org.msct.stats.data;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.msct.core.error.InputDataException;

/** Reads and checks a long CSV: {@code subject_id, arm, visit, param, value} (and an optional {@code day}). */
public final class LongReader {
    private LongReader() {}

    public static LongData read(Path path) {
        Set<String> required = new HashSet<>(List.of("subject_id", "arm", "visit", "param", "value"));
        CsvColumns csv =
                CsvColumns.read(path, required, Set.of("visit", "value"), Set.of("subject_id", "arm", "param"));
        String f = csv.file();
        double[] visit = csv.numeric("visit");
        CsvColumns.TextColumn subj = csv.text("subject_id");
        CsvColumns.TextColumn arm = csv.text("arm");
        CsvColumns.TextColumn param = csv.text("param");
        for (int i = 0; i < csv.rows(); i++) {
            if (subj.codes()[i] < 0) throw new InputDataException(f, i + 1, "subject_id", "subject_id is empty");
            if (arm.codes()[i] < 0) throw new InputDataException(f, i + 1, "arm", "arm is empty");
            if (param.codes()[i] < 0) throw new InputDataException(f, i + 1, "param", "param is empty");
            if (Double.isNaN(visit[i]) || visit[i] != Math.rint(visit[i])) {
                throw new InputDataException(f, i + 1, "visit", "visit must be an integer, got '" + visit[i] + "'");
            }
        }
        // Arms are re-coded in byte order like TTE data.
        List<String> armLevels = TteReader.sortedLevels(arm.levels());
        int[] armCodes = new int[csv.rows()];
        int[] remap = new int[arm.levels().size()];
        for (int i = 0; i < remap.length; i++)
            remap[i] = armLevels.indexOf(arm.levels().get(i));
        for (int i = 0; i < armCodes.length; i++) armCodes[i] = remap[arm.codes()[i]];
        return new LongData(
                f,
                subj.codes(),
                subj.levels(),
                armCodes,
                armLevels,
                visit,
                param.codes(),
                param.levels(),
                csv.numeric("value"));
    }
}
