package org.msct.instruments.bilag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.Labs;

/** Compact builders for test assessments. */
final class BilagFixtures {
    private static final List<String> LAB_NAMES = List.of(
            "platelets_10e9_l",
            "wbc_10e9_l",
            "neutrophils_10e9_l",
            "lymphocytes_10e9_l",
            "hemoglobin_g_dl",
            "temperature_c",
            "protein_24h_g",
            "upcr_mg_mmol",
            "uacr_mg_mmol",
            "dipstick_protein",
            "urine_rbc_hpf",
            "urine_wbc_hpf",
            "urinary_casts",
            "creatinine_umol_l",
            "creatinine_mg_dl",
            "gfr_ml_min",
            "c3_low",
            "c4_low",
            "dsdna_high",
            "systolic_bp",
            "diastolic_bp",
            "urea_mmol_l");

    private BilagFixtures() {}

    /** Labs from name/value pairs using the contract names, e.g. {@code labs("upcr_mg_mmol", 150)}. */
    static Labs labs(Object... kv) {
        Object[] v = new Object[LAB_NAMES.size()];
        for (int i = 0; i < kv.length; i += 2) {
            int idx = LAB_NAMES.indexOf((String) kv[i]);
            if (idx < 0) throw new IllegalArgumentException("unknown lab " + kv[i]);
            Object x = kv[i + 1];
            if (idx == 9) v[idx] = ((Number) x).intValue();
            else if (x instanceof Boolean) v[idx] = x;
            else v[idx] = ((Number) x).doubleValue();
        }
        return new Labs(
                (Double) v[0],
                (Double) v[1],
                (Double) v[2],
                (Double) v[3],
                (Double) v[4],
                (Double) v[5],
                (Double) v[6],
                (Double) v[7],
                (Double) v[8],
                (Integer) v[9],
                (Double) v[10],
                (Double) v[11],
                (Boolean) v[12],
                (Double) v[13],
                (Double) v[14],
                (Double) v[15],
                (Boolean) v[16],
                (Boolean) v[17],
                (Boolean) v[18],
                (Double) v[19],
                (Double) v[20],
                (Double) v[21]);
    }

    /** Items from number/value pairs: Integer = code 0–4, Boolean = yes/no. */
    static BilagInput items(Object... kv) {
        return items(Set.of(), kv);
    }

    static BilagInput items(Set<BilagSystem> previouslyInvolved, Object... kv) {
        Map<Integer, Integer> codes = new HashMap<>();
        Map<Integer, Boolean> flags = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            int n = (Integer) kv[i];
            if (kv[i + 1] instanceof Boolean b) flags.put(n, b);
            else codes.put(n, (Integer) kv[i + 1]);
        }
        return new BilagInput(codes, flags, new HashSet<>(previouslyInvolved));
    }

    static Assessment assessment(Labs labs, @Nullable BilagInput bilag) {
        return new Assessment(null, labs, bilag, null, null, null, null, null, null);
    }

    static Assessment assessment(BilagInput bilag) {
        return assessment(Labs.EMPTY, bilag);
    }

    static Assessment assessment(Labs labs) {
        return assessment(labs, BilagInput.EMPTY);
    }
}
