package org.msct.instruments.input;

import static org.msct.instruments.json.JsonFields.bool;
import static org.msct.instruments.json.JsonFields.codes;
import static org.msct.instruments.json.JsonFields.integer;
import static org.msct.instruments.json.JsonFields.join;
import static org.msct.instruments.json.JsonFields.number;
import static org.msct.instruments.json.JsonFields.object;
import static org.msct.instruments.json.JsonFields.onlyKnown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.bilag.BilagInputParser;
import org.msct.instruments.json.JsonFields;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.Labs;
import org.msct.instruments.model.Patient;
import org.msct.instruments.model.ScoreInput;
import org.msct.instruments.sdi.SdiInputParser;
import org.msct.instruments.sfi.SfiInputParser;
import org.msct.instruments.sledai.SledaiInputParser;

/**
 * Reads the {@code msct score} input object (shared/spec/cli-contract.md §2) into a {@link ScoreInput}, rejecting
 * unknown members, values of the wrong type and physiologically impossible values with a {@link FieldException} that
 * names the field, the value and the allowed range. Units are part of every lab's name; a lab given without one is
 * refused with the names that carry a unit.
 */
public final class ScoreInputReader {
    private ScoreInputReader() {}

    private static final Set<String> TOP = Set.of("patient", "current", "previous", "baseline");
    private static final Set<String> PATIENT = Set.of("sex", "age", "weight_kg", "height_cm", "black");
    private static final Set<String> ASSESSMENT = Set.of(
            "sledai2k",
            "labs",
            "bilag2004",
            "sdi",
            "sfi",
            "pga",
            "prednisone_mg_day",
            "immunosuppressants",
            "antimalarial");
    private static final Set<String> LABS = Set.of(
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

    /** Immunosuppressant and biologic codes accepted in {@code immunosuppressants}. */
    public static final Set<String> IMMUNOSUPPRESSANTS =
            Set.of("MMF", "MPA", "AZA", "MTX", "CYC", "TAC", "CSA", "LEF", "VCS", "RTX", "BEL", "ANI", "OBI", "MSC");

    private static final Map<String, String> LAB_HINTS = Map.ofEntries(
            unit("creatinine", "creatinine_umol_l or creatinine_mg_dl"),
            unit("platelets", "platelets_10e9_l"),
            unit("wbc", "wbc_10e9_l"),
            unit("neutrophils", "neutrophils_10e9_l"),
            unit("lymphocytes", "lymphocytes_10e9_l"),
            unit("hemoglobin", "hemoglobin_g_dl"),
            unit("haemoglobin", "hemoglobin_g_dl"),
            unit("temperature", "temperature_c"),
            unit("protein_24h", "protein_24h_g"),
            unit("upcr", "upcr_mg_mmol (convert mg/g by dividing by 8.84)"),
            unit("uacr", "uacr_mg_mmol (convert mg/g by dividing by 8.84)"),
            unit("urea", "urea_mmol_l"),
            unit("gfr", "gfr_ml_min"),
            unit("egfr", "gfr_ml_min"));

    private static Map.Entry<String, String> unit(String name, String use) {
        return Map.entry(name, "unit missing: '" + name + "' has no unit; use " + use);
    }

    public static ScoreInput read(JsonNode root) {
        if (root == null || !root.isObject()) throw new FieldException("$", "the input must be a JSON object");
        onlyKnown(root, "", TOP, Map.of());
        JsonNode p = object(root, "patient", "");
        return new ScoreInput(
                p == null ? Patient.EMPTY : patient(p),
                assessment(root, "current"),
                assessment(root, "previous"),
                assessment(root, "baseline"));
    }

    static Patient patient(JsonNode p) {
        onlyKnown(
                p,
                "patient",
                PATIENT,
                Map.of("weight", "unit missing: use weight_kg", "height", "unit missing: use height_cm"));
        String sex = JsonFields.text(p, "sex", "patient");
        if (sex != null) {
            String s = sex.strip().toUpperCase(Locale.ROOT);
            if (s.equals("FEMALE")) s = "F";
            if (s.equals("MALE")) s = "M";
            if (!s.equals("F") && !s.equals("M")) {
                throw new FieldException("patient.sex", "value '" + sex + "' is not allowed; allowed: F, M");
            }
            sex = s;
        }
        return new Patient(
                sex,
                number(p, "age", "patient", 0, 120, "years"),
                number(p, "weight_kg", "patient", 0.3, 400, "kg"),
                number(p, "height_cm", "patient", 20, 250, "cm"),
                bool(p, "black", "patient"));
    }

    static @Nullable Assessment assessment(JsonNode root, String name) {
        JsonNode a = object(root, name, "");
        if (a == null) return null;
        onlyKnown(a, name, ASSESSMENT, Map.of("prednisone", "unit missing: use prednisone_mg_day"));
        JsonNode labs = object(a, "labs", name);
        JsonNode sledai = object(a, "sledai2k", name);
        JsonNode bilag = object(a, "bilag2004", name);
        JsonNode sdi = object(a, "sdi", name);
        JsonNode sfi = object(a, "sfi", name);
        return new Assessment(
                sledai == null ? null : SledaiInputParser.parse(sledai, join(name, "sledai2k")),
                labs == null ? Labs.EMPTY : labs(labs, join(name, "labs")),
                bilag == null ? null : BilagInputParser.parse(bilag, join(name, "bilag2004")),
                sdi == null ? null : SdiInputParser.parse(sdi, join(name, "sdi")),
                sfi == null ? null : SfiInputParser.parse(sfi, join(name, "sfi")),
                number(a, "pga", name, 0, 3, "(physician global assessment, 0-3 scale)"),
                number(a, "prednisone_mg_day", name, 0, 2000, "mg/day"),
                codes(a, "immunosuppressants", name, IMMUNOSUPPRESSANTS),
                bool(a, "antimalarial", name));
    }

    /** Reads a {@code labs} object (contract member names, each with its unit); FieldException on bad values. */
    public static Labs labs(JsonNode l, String path) {
        onlyKnown(l, path, LABS, LAB_HINTS);
        Labs labs = new Labs(
                number(l, "platelets_10e9_l", path, 0, 2000, "x10^9/L"),
                number(l, "wbc_10e9_l", path, 0, 500, "x10^9/L"),
                number(l, "neutrophils_10e9_l", path, 0, 500, "x10^9/L"),
                number(l, "lymphocytes_10e9_l", path, 0, 500, "x10^9/L"),
                number(l, "hemoglobin_g_dl", path, 1, 25, "g/dL"),
                number(l, "temperature_c", path, 25, 45, "degrees C"),
                number(l, "protein_24h_g", path, 0, 60, "g/24 h"),
                number(l, "upcr_mg_mmol", path, 0, 6000, "mg/mmol"),
                number(l, "uacr_mg_mmol", path, 0, 6000, "mg/mmol"),
                integer(l, "dipstick_protein", path, 0, 4, "0 (negative/trace) to 4 (++++)"),
                number(l, "urine_rbc_hpf", path, 0, 1000, "cells per high-power field"),
                number(l, "urine_wbc_hpf", path, 0, 1000, "cells per high-power field"),
                bool(l, "urinary_casts", path),
                number(l, "creatinine_umol_l", path, 5, 3500, "umol/L"),
                number(l, "creatinine_mg_dl", path, 0.05, 40, "mg/dL"),
                number(l, "gfr_ml_min", path, 0, 250, "mL/min"),
                bool(l, "c3_low", path),
                bool(l, "c4_low", path),
                bool(l, "dsdna_high", path),
                number(l, "systolic_bp", path, 40, 300, "mmHg"),
                number(l, "diastolic_bp", path, 20, 200, "mmHg"),
                number(l, "urea_mmol_l", path, 0, 150, "mmol/L"));
        if (labs.systolicBp() != null && labs.diastolicBp() != null && labs.diastolicBp() >= labs.systolicBp()) {
            throw new FieldException(
                    join(path, "diastolic_bp"),
                    "value " + JsonFields.fmt(labs.diastolicBp()) + " is not below systolic_bp "
                            + JsonFields.fmt(labs.systolicBp()));
        }
        if (labs.creatinineMgPerDl() != null && labs.creatinineUmolPerL() != null) {
            double fromUmol = labs.creatinineUmolPerL() / 88.4;
            if (Math.abs(fromUmol - labs.creatinineMgPerDl()) > 0.05 * labs.creatinineMgPerDl() + 0.02) {
                throw new FieldException(
                        join(path, "creatinine_mg_dl"),
                        "value " + JsonFields.fmt(labs.creatinineMgPerDl()) + " mg/dL disagrees with creatinine_umol_l "
                                + JsonFields.fmt(labs.creatinineUmolPerL()) + " umol/L (= "
                                + String.format(Locale.ROOT, "%.2f", fromUmol) + " mg/dL); give one of them");
            }
        }
        return labs;
    }
}
