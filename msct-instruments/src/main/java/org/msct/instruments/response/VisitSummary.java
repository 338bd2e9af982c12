package org.msct.instruments.response;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.FieldException;

/**
 * What the responder indices need from one visit, already scored by the SLEDAI-2K and BILAG-2004 scorers (or
 * entered). Every member may be {@code null} (absent); an index that needs an absent member is INCOMPLETE and names
 * it. Field names in exceptions are those of the {@code msct score} assessment (cli-contract.md §2), without the
 * visit prefix.
 *
 * @param sledai2k SLEDAI-2K (or SELENA-SLEDAI, per protocol) total, 0–105
 * @param sledaiDescriptors descriptors present, codes of instruments.md §1.2 (e.g. {@code PROTEINURIA},
 *     {@code LOW_COMPLEMENT}); must be consistent with the total (each descriptor weighs 1–8)
 * @param bilag BILAG-2004 grade of each system; a system not in the map is absent
 * @param pga physician global assessment 0.0–3.0
 * @param prednisoneMgDay prednisone(-olone)-equivalent dose in mg/day, ≥ 0 (see
 *     {@link org.msct.instruments.units.GlucocorticoidEquivalence})
 * @param immunosuppressants codes of immunosuppressants and biologics taken (e.g. MMF, AZA, BELIMUMAB)
 * @param antimalarial hydroxychloroquine or another antimalarial taken
 * @param haemolyticAnaemia haemolytic anaemia due to SLE (BILAG item 96 or investigator; LLDAS)
 * @param giActivity gastrointestinal SLE activity (LLDAS); when absent, LLDAS reads the BILAG GASTROINTESTINAL grade
 * @param treatmentFailure rescue / protocol-prohibited medication or discontinuation up to this visit (SRI-4, BICLA)
 */
public record VisitSummary(
        @Nullable Integer sledai2k,
        @Nullable Set<String> sledaiDescriptors,
        @Nullable Map<BilagSystem, BilagGrade> bilag,
        @Nullable Double pga,
        @Nullable Double prednisoneMgDay,
        @Nullable List<String> immunosuppressants,
        @Nullable Boolean antimalarial,
        @Nullable Boolean haemolyticAnaemia,
        @Nullable Boolean giActivity,
        @Nullable Boolean treatmentFailure) {

    /** A visit with nothing recorded. */
    public static final VisitSummary EMPTY =
            new VisitSummary(null, null, null, null, null, null, null, null, null, null);

    private static final int MAX_WEIGHT = 8;

    /** The 24 SLEDAI-2K codes, computed once. */
    private static final class Known {
        static final Set<String> CODES = Set.copyOf(LldasDefinition.standard().knownDescriptors());
    }

    public VisitSummary {
        if (sledai2k != null && (sledai2k < 0 || sledai2k > 105)) {
            throw new FieldException("sledai2k.score", "value " + sledai2k + " is not allowed; allowed: 0–105");
        }
        if (sledaiDescriptors != null) {
            Set<String> known = Known.CODES;
            for (String code : sledaiDescriptors) {
                if (!known.contains(code)) {
                    throw new FieldException(
                            "sledai2k.descriptors",
                            "value " + code + " is not allowed; allowed: "
                                    + String.join(", ", known.stream().sorted().toList()));
                }
            }
            sledaiDescriptors = Set.copyOf(sledaiDescriptors);
            int n = sledaiDescriptors.size();
            if (sledai2k != null && (sledai2k < n || sledai2k > MAX_WEIGHT * n)) {
                throw new FieldException(
                        "sledai2k.score",
                        "value " + sledai2k + " is not allowed with " + n + " descriptors present " + sledaiDescriptors
                                + "; allowed: " + n + "–" + MAX_WEIGHT * n);
            }
        }
        if (bilag != null) bilag = copyGrades(bilag);
        if (pga != null && !(pga >= 0.0 && pga <= 3.0)) {
            throw new FieldException("pga", "value " + pga + " is not allowed; allowed: 0.0–3.0");
        }
        if (prednisoneMgDay != null && !(prednisoneMgDay >= 0.0 && Double.isFinite(prednisoneMgDay))) {
            throw new FieldException(
                    "prednisone_mg_day", "value " + prednisoneMgDay + " is not allowed; allowed: ≥ 0 mg/day");
        }
        if (immunosuppressants != null) {
            for (String code : immunosuppressants) {
                if (code == null || code.isBlank()) {
                    throw new FieldException(
                            "immunosuppressants", "value \"" + code + "\" is not allowed; allowed: a drug code");
                }
            }
            immunosuppressants = List.copyOf(immunosuppressants);
        }
    }

    private static Map<BilagSystem, BilagGrade> copyGrades(Map<BilagSystem, BilagGrade> grades) {
        EnumMap<BilagSystem, BilagGrade> copy = new EnumMap<>(BilagSystem.class);
        for (Map.Entry<BilagSystem, BilagGrade> e : grades.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new FieldException(
                        "bilag2004.grades." + e.getKey(), "value null is not allowed; allowed: A, B, C, D, E");
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Starts a builder (convenient when most members are absent). */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder; unset members stay absent. */
    public static final class Builder {
        private @Nullable Integer sledai2k;
        private @Nullable Set<String> descriptors;
        private @Nullable Map<BilagSystem, BilagGrade> bilag;
        private @Nullable Double pga;
        private @Nullable Double prednisone;
        private @Nullable List<String> immunosuppressants;
        private @Nullable Boolean antimalarial;
        private @Nullable Boolean haemolyticAnaemia;
        private @Nullable Boolean giActivity;
        private @Nullable Boolean treatmentFailure;

        public Builder sledai(int score, Set<String> present) {
            this.sledai2k = score;
            this.descriptors = present;
            return this;
        }

        public Builder sledaiScore(int score) {
            this.sledai2k = score;
            return this;
        }

        public Builder bilag(Map<BilagSystem, BilagGrade> grades) {
            this.bilag = grades;
            return this;
        }

        public Builder pga(double value) {
            this.pga = value;
            return this;
        }

        public Builder prednisoneMgDay(double mg) {
            this.prednisone = mg;
            return this;
        }

        public Builder immunosuppressants(List<String> codes) {
            this.immunosuppressants = codes;
            return this;
        }

        public Builder antimalarial(boolean taken) {
            this.antimalarial = taken;
            return this;
        }

        public Builder haemolyticAnaemia(boolean present) {
            this.haemolyticAnaemia = present;
            return this;
        }

        public Builder giActivity(boolean present) {
            this.giActivity = present;
            return this;
        }

        public Builder treatmentFailure(boolean failed) {
            this.treatmentFailure = failed;
            return this;
        }

        public VisitSummary build() {
            return new VisitSummary(
                    sledai2k,
                    descriptors,
                    bilag,
                    pga,
                    prednisone,
                    immunosuppressants,
                    antimalarial,
                    haemolyticAnaemia,
                    giActivity,
                    treatmentFailure);
        }
    }
}
