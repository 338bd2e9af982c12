package org.msct.trial.eligibility;

import static org.msct.instruments.json.JsonFields.bool;
import static org.msct.instruments.json.JsonFields.integer;
import static org.msct.instruments.json.JsonFields.join;
import static org.msct.instruments.json.JsonFields.number;
import static org.msct.instruments.json.JsonFields.object;
import static org.msct.instruments.json.JsonFields.onlyKnown;
import static org.msct.instruments.json.JsonFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.core.error.InputDataException;
import org.msct.instruments.model.FieldException;
import org.msct.trial.protocol.CriteriaFiles;
import org.msct.trial.protocol.Drug;
import org.msct.trial.protocol.SubjectFlag;
import org.msct.trial.protocol.TreatmentResponse;
import org.msct.trial.protocol.Units;

/**
 * Reads a SUBJECT-DATA JSON file. Every member is optional except {@code subject_id}; unknown members are refused.
 * Values carry their unit, either in the member name ({@code weight_kg}) or as {@code {"value": v, "unit": u}}.
 *
 * <pre>{@code
 * {
 *   "subject_id": "SCR-001",
 *   "protocol": "wang-2014",                      // optional; the CLI's --protocol wins
 *   "screening_date": "2024-03-01",               // optional; the CLI's --on wins
 *   "demographics": {"birth_date": "1994-05-12", "age_years": 29, "sex": "F", "weight_kg": 55, "height_cm": 160},
 *   "classification": {                           // per set: items met (true) / not met (false); absent = not assessed
 *     "acr-1997": {"items": {"MALAR_RASH": true, "ARTHRITIS": true, "RENAL_DISORDER": true, "ANA": true}},
 *     "eular-acr-2019": {"fulfilled": true}       // or the investigator's statement, used when no items are given
 *   },
 *   "sledai2k": {"score": 12},                    // or descriptors (+ labs) scored by the instruments module:
 *   //          {"present": ["ARTHRITIS", "RASH"], "not_attributable": [], "labs": {"protein_24h_g": 2.1, "c3_low": true}}
 *   "bilag": {"scheme": "classic", "grades": {"RENAL": "A", "MUCOCUTANEOUS": "B"}},   // or "2004"
 *   "treatments": [                               // absent = history not recorded; [] = no treatment
 *     {"drug": "PREDNISONE", "dose": {"value": 30, "unit": "mg", "per": "day"},
 *      "duration": {"value": 12, "unit": "months"}, "ongoing": true, "response": "NONE"},
 *     {"drug": "CYC", "dose": {"value": 0.5, "unit": "g/m2", "per": "2 weeks"}, "cumulative": {"value": 6, "unit": "g"},
 *      "duration": {"value": 6, "unit": "months"}, "ongoing": false, "response": "PARTIAL"}
 *   ],
 *   "renal": {"protein_24h": {"value": 2.1, "unit": "g/24h"}, "upcr": {"value": 180, "unit": "mg/mmol"},
 *             "serum_creatinine": {"value": 1.1, "unit": "mg/dL"}, "urine_rbc_hpf": 12,
 *             "biopsy": {"classes": ["IV", "V"], "date": "2023-11-20"}},          // or {"done": false}
 *   "flags": {"pregnant": false, "breastfeeding": false, "active_infection": false, "malignancy": false,
 *             "esrd": false, "active_lupus_nephritis": true, "informed_consent": true, "contraception_agreed": true},
 *   "notes": "free text, ignored"
 * }
 * }</pre>
 *
 * Allowed values: drugs {@link Drug}; responses NONE, PARTIAL, COMPLETE, INTOLERANT; dose units mg, g, mg/m2, g/m2,
 * mg/kg, g/kg; intervals day, week, 2 weeks, 4 weeks, month; durations days, weeks, months, years; 24-h protein
 * g/24h, mg/24h; UPCR mg/mmol, mg/mg, g/g, mg/g; creatinine mg/dL, umol/L; biopsy classes I–VI. Ranges: age 0–120,
 * weight 2–300 kg, height 30–250 cm, 24-h protein ≤ 60 g, UPCR ≤ 60 mg/mg, creatinine 0.05–40 mg/dL, urine RBC
 * 0–1000/hpf.
 *
 * <p>Errors throw {@link InputDataException} naming the file, the JSON field, the value and what is allowed (exit 3).
 */
public final class SubjectDataReader {
    private SubjectDataReader() {}

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of(
            "subject_id",
            "protocol",
            "screening_date",
            "demographics",
            "classification",
            "sledai2k",
            "bilag",
            "treatments",
            "renal",
            "flags",
            "notes");
    private static final Set<String> DEMOGRAPHICS = Set.of("birth_date", "age_years", "sex", "weight_kg", "height_cm");
    private static final Set<String> RENAL =
            Set.of("protein_24h", "upcr", "serum_creatinine", "urine_rbc_hpf", "biopsy");
    private static final Set<String> TREATMENT =
            Set.of("drug", "name", "dose", "cumulative", "duration", "ongoing", "response");
    static final Set<String> BIOPSY_CLASSES = Set.of("I", "II", "III", "IV", "V", "VI");

    /** Parses JSON text; {@code file} names the file in error messages. */
    public static SubjectData read(String json, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw InputDataException.atLine(
                    file, 0, null, "not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        return read(root, file);
    }

    public static SubjectData read(@Nullable JsonNode root, String file) {
        try {
            return parse(root);
        } catch (FieldException e) {
            throw InputDataException.atLine(
                    file, 0, e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    static SubjectData parse(@Nullable JsonNode root) {
        if (root == null || !root.isObject()) throw new FieldException("$", "the subject data must be a JSON object");
        onlyKnown(
                root,
                "",
                TOP,
                Map.of("weight", "unit missing: use demographics.weight_kg", "age", "use demographics.age_years"));
        String id = text(root, "subject_id", "");
        if (id == null || id.isBlank())
            throw new FieldException("subject_id", "required: the subject or screening number");
        text(root, "notes", "");
        JsonNode d = object(root, "demographics", "");
        JsonNode r = object(root, "renal", "");
        return new SubjectData(
                id,
                text(root, "protocol", ""),
                date(root, "screening_date", ""),
                d == null ? SubjectData.Demographics.EMPTY : demographics(d),
                SubjectClassificationReader.classification(object(root, "classification", "")),
                SubjectSledaiReader.sledai(object(root, "sledai2k", "")),
                SubjectClassificationReader.bilag(object(root, "bilag", "")),
                treatments(root.get("treatments")),
                r == null ? SubjectData.Renal.EMPTY : renal(r),
                flags(object(root, "flags", "")));
    }

    private static SubjectData.Demographics demographics(JsonNode d) {
        String p = "demographics";
        onlyKnown(
                d,
                p,
                DEMOGRAPHICS,
                Map.of(
                        "weight",
                        "unit missing: use weight_kg",
                        "height",
                        "unit missing: use height_cm",
                        "age",
                        "use age_years",
                        "dob",
                        "use birth_date"));
        String sex = text(d, "sex", p);
        if (sex != null) {
            String s = sex.strip().toUpperCase(Locale.ROOT);
            if (s.equals("FEMALE")) s = "F";
            if (s.equals("MALE")) s = "M";
            if (!s.equals("F") && !s.equals("M"))
                throw new FieldException(p + ".sex", "value '" + sex + "' is not allowed; allowed: F, M");
            sex = s;
        }
        return new SubjectData.Demographics(
                date(d, "birth_date", p),
                integer(d, "age_years", p, 0, 120, "0 to 120 years"),
                sex,
                number(d, "weight_kg", p, 2, 300, "kg"),
                number(d, "height_cm", p, 30, 250, "cm"));
    }

    private static @Nullable List<SubjectData.TreatmentRecord> treatments(@Nullable JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (!n.isArray())
            throw new FieldException("treatments", "expected an array of treatment records, got " + n.getNodeType());
        List<SubjectData.TreatmentRecord> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode t = n.get(i);
            String p = "treatments[" + i + "]";
            if (!t.isObject()) throw new FieldException(p, "expected an object");
            onlyKnown(
                    t,
                    p,
                    TREATMENT,
                    Map.of("dose_mg", "give dose as {\"value\": v, \"unit\": \"mg\", \"per\": \"day\"}"));
            String drug = text(t, "drug", p);
            if (drug == null) throw new FieldException(p + ".drug", "required; allowed: " + names(Drug.values()));
            Drug dr = enumValue(Drug.class, drug, p + ".drug");
            String resp = text(t, "response", p);
            JsonNode dose = object(t, "dose", p);
            JsonNode cum = object(t, "cumulative", p);
            JsonNode dur = object(t, "duration", p);
            out.add(new SubjectData.TreatmentRecord(
                    dr,
                    text(t, "name", p),
                    dose == null ? null : dose(dose, p + ".dose"),
                    cum == null ? null : amount(cum, p + ".cumulative"),
                    dur == null ? null : duration(dur, p + ".duration"),
                    bool(t, "ongoing", p),
                    resp == null ? null : enumValue(TreatmentResponse.class, resp, p + ".response")));
        }
        return out;
    }

    private static SubjectData.Dose dose(JsonNode n, String p) {
        onlyKnown(n, p, Set.of("value", "unit", "per"), Map.of());
        double v = requiredNumber(n, p, 1e-6, 1e5, "(dose amount, > 0)");
        Units.Dose u = unit(n, p, Units.Dose::parse, Units.Dose.allowed());
        String per = text(n, "per", p);
        Units.Interval in = per == null ? null : Units.Interval.parse(per);
        if (in == null) {
            throw new FieldException(
                    p + ".per",
                    (per == null ? "required" : "value '" + per + "' is not allowed") + "; allowed: "
                            + String.join(", ", Units.Interval.allowed()));
        }
        return new SubjectData.Dose(v, u, in);
    }

    private static SubjectData.Amount amount(JsonNode n, String p) {
        onlyKnown(n, p, Set.of("value", "unit"), Map.of());
        return new SubjectData.Amount(
                requiredNumber(n, p, 1e-6, 1e6, "(> 0)"), unit(n, p, Units.Dose::parse, Units.Dose.allowed()));
    }

    private static SubjectData.Duration duration(JsonNode n, String p) {
        onlyKnown(n, p, Set.of("value", "unit"), Map.of());
        return new SubjectData.Duration(
                requiredNumber(n, p, 0, 36500, "(>= 0)"), unit(n, p, Units.Duration::parse, Units.Duration.allowed()));
    }

    private static SubjectData.Renal renal(JsonNode r) {
        String p = "renal";
        onlyKnown(
                r,
                p,
                RENAL,
                Map.of(
                        "proteinuria",
                        "use protein_24h (24-h excretion) or upcr (ratio)",
                        "creatinine",
                        "use serum_creatinine"));
        SubjectData.Protein p24 =
                protein(object(r, "protein_24h", p), p + ".protein_24h", Units.Protein.Measure.PROTEIN_24H);
        SubjectData.Protein upcr = protein(object(r, "upcr", p), p + ".upcr", Units.Protein.Measure.UPCR);
        JsonNode c = object(r, "serum_creatinine", p);
        SubjectData.Creatinine cr = null;
        if (c != null) {
            String cp = p + ".serum_creatinine";
            onlyKnown(c, cp, Set.of("value", "unit"), Map.of());
            double v = requiredNumber(c, cp, 0, 4000, "");
            Units.Creatinine u = unit(c, cp, Units.Creatinine::parse, Units.Creatinine.allowed());
            double mg = u.toMgPerDl(v);
            if (mg < 0.05 || mg > 40)
                throw new FieldException(
                        cp + ".value",
                        "value " + fmt(v) + " " + u.json()
                                + " is impossible; allowed 0.05 to 40 mg/dL (4.4 to 3536 umol/L)");
            cr = new SubjectData.Creatinine(v, u);
        }
        return new SubjectData.Renal(
                p24,
                upcr,
                cr,
                number(r, "urine_rbc_hpf", p, 0, 1000, "cells per high-power field"),
                biopsy(object(r, "biopsy", p)));
    }

    private static SubjectData.@Nullable Protein protein(
            @Nullable JsonNode n, String p, Units.Protein.Measure measure) {
        if (n == null) return null;
        onlyKnown(n, p, Set.of("value", "unit"), Map.of());
        double v = requiredNumber(n, p, 0, 1e5, "");
        List<String> allowed = Arrays.stream(Units.Protein.values())
                .filter(u -> u.measure() == measure)
                .map(Units.Protein::json)
                .toList();
        Units.Protein u = unit(n, p, Units.Protein::parse, allowed);
        if (u.measure() != measure) {
            throw new FieldException(
                    p + ".unit",
                    "unit '" + u.json() + "' measures "
                            + (measure == Units.Protein.Measure.UPCR
                                    ? "24-h excretion, not a ratio; put it in protein_24h"
                                    : "a ratio, not 24-h excretion; put it in upcr")
                            + "; allowed here: " + String.join(", ", allowed));
        }
        double base = u.toBase(v);
        if (base > 60) {
            throw new FieldException(
                    p + ".value",
                    "value " + fmt(v) + " " + u.json() + " is impossible; allowed up to "
                            + (measure == Units.Protein.Measure.UPCR
                                    ? "60 mg/mg (6787 mg/mmol)"
                                    : "60 g/24h (60000 mg/24h)"));
        }
        return new SubjectData.Protein(v, u);
    }

    private static SubjectData.@Nullable Biopsy biopsy(@Nullable JsonNode b) {
        if (b == null) return null;
        String p = "renal.biopsy";
        onlyKnown(b, p, Set.of("done", "classes", "date"), Map.of("class", "use classes: [\"IV\"]"));
        Boolean done = bool(b, "done", p);
        List<String> classes = new ArrayList<>();
        JsonNode cl = b.get("classes");
        if (cl != null && !cl.isNull()) {
            if (!cl.isArray()) throw new FieldException(p + ".classes", "expected an array such as [\"III\", \"V\"]");
            for (int i = 0; i < cl.size(); i++) {
                String c = cl.get(i).isTextual()
                        ? cl.get(i).textValue().strip().toUpperCase(Locale.ROOT)
                        : cl.get(i).toString();
                if (!BIOPSY_CLASSES.contains(c)) {
                    throw new FieldException(
                            p + ".classes[" + i + "]",
                            "value '" + c + "' is not an ISN/RPS class; allowed: I,"
                                    + " II, III, IV, V, VI (list a mixed class as two entries, e.g. [\"IV\", \"V\"])");
                }
                classes.add(c);
            }
        }
        if (Boolean.FALSE.equals(done) && !classes.isEmpty()) {
            throw new FieldException(p + ".classes", "classes are given but done is false");
        }
        if (done == null && classes.isEmpty()) {
            throw new FieldException(p, "give the classes found, or \"done\": false when no biopsy was done");
        }
        return new SubjectData.Biopsy(!Boolean.FALSE.equals(done), classes, date(b, "date", p));
    }

    private static Map<SubjectFlag, Boolean> flags(@Nullable JsonNode f) {
        if (f == null) return Map.of();
        Map<String, SubjectFlag> byName = new LinkedHashMap<>();
        for (SubjectFlag s : SubjectFlag.values()) byName.put(s.name().toLowerCase(Locale.ROOT), s);
        onlyKnown(f, "flags", byName.keySet(), Map.of());
        Map<SubjectFlag, Boolean> out = new EnumMap<>(SubjectFlag.class);
        for (Map.Entry<String, SubjectFlag> e : byName.entrySet()) {
            Boolean v = bool(f, e.getKey(), "flags");
            if (v != null) out.put(e.getValue(), v);
        }
        return out;
    }

    static @Nullable LocalDate date(JsonNode parent, String name, String path) {
        String s = text(parent, name, path);
        if (s == null) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new FieldException(join(path, name), "value '" + s + "' is not a date; allowed: YYYY-MM-DD");
        }
    }

    private static double requiredNumber(JsonNode n, String p, double min, double max, String what) {
        Double v = number(n, "value", p, min, max, what);
        if (v == null) throw new FieldException(p + ".value", "required: a number");
        return v;
    }

    private static <U> U unit(
            JsonNode n, String p, java.util.function.Function<String, @Nullable U> parse, List<String> allowed) {
        String s = text(n, "unit", p);
        U u = s == null ? null : parse.apply(s.strip());
        if (u == null) {
            throw new FieldException(
                    p + ".unit",
                    (s == null ? "unit missing" : "unit '" + s + "' is not allowed") + "; allowed: "
                            + String.join(", ", allowed));
        }
        return u;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String s, String path) {
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldException(
                    path, "value '" + s + "' is not allowed; allowed: " + names(type.getEnumConstants()));
        }
    }

    static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Allowed classification set ids, for messages. */
    static String sets() {
        return String.join(", ", CriteriaFiles.CLASSIFICATION.keySet());
    }
}
