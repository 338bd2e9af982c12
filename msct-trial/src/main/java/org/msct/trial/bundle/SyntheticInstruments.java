package org.msct.trial.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.msct.trial.model.Instrument;
import org.msct.trial.model.QsTerms;

/**
 * Synthetic SLEDAI-2K, BILAG-2004 (system grades) and PGA answers for one visit, consistent with the visit's labs
 * (proteinuria, haematuria, complement, platelets, leukocytes) and a disease-activity level. Test data only.
 */
final class SyntheticInstruments {
    private SyntheticInstruments() {}

    /** One QS answer before it becomes a record: item, collected response, standard text, numeric score. */
    record Answer(QsTerms.Term term, String orres, String stresc, Double stresn, boolean derived) {}

    /** Clinical SLEDAI-2K descriptors (numbers) and how often each is present at full activity. */
    private static final Map<Integer, Double> CLINICAL =
            Map.of(1, 0.02, 8, 0.10, 9, 0.35, 15, 0.40, 16, 0.25, 17, 0.20, 18, 0.08, 19, 0.05, 22, 0.15);

    static List<Answer> sledai(double activity, Map<String, Double> labs, RandomGenerator r) {
        List<QsTerms.Term> terms = QsTerms.standard().items(Instrument.SLEDAI_2K);
        List<Answer> out = new ArrayList<>(terms.size());
        int total = 0;
        for (QsTerms.Term t : terms) {
            if (t.kind() == QsTerms.Kind.TOTAL) {
                out.add(new Answer(t, Integer.toString(total), Integer.toString(total), (double) total, true));
                continue;
            }
            int n = Integer.parseInt(t.testcd().substring(6));
            boolean present =
                    switch (n) {
                        case 11 -> labs.getOrDefault("RBC", 0.0) > 5 && r.nextDouble() < 0.4;
                        case 12 -> labs.getOrDefault("RBC", 0.0) > 5;
                        case 13 -> labs.getOrDefault("PROTEXR", 0.0) > 0.5;
                        case 14 -> r.nextDouble() < 0.15 * activity;
                        case 20 -> labs.getOrDefault("C3", 1.0) < 0.9 || labs.getOrDefault("C4", 0.2) < 0.1;
                        case 21 -> r.nextDouble() < 0.3 + 0.6 * activity;
                        case 23 -> labs.getOrDefault("PLAT", 200.0) < 100;
                        case 24 -> labs.getOrDefault("WBC", 5.0) < 3;
                        default -> r.nextDouble() < CLINICAL.getOrDefault(n, 0.005) * activity;
                    };
            int score = present ? t.weight() : 0;
            total += score;
            out.add(new Answer(t, present ? "PRESENT" : "ABSENT", Integer.toString(score), (double) score, false));
        }
        return out;
    }

    /** The nine BILAG-2004 system grades A–E (QSSTRESN null). */
    static List<Answer> bilagGrades(
            double activity, Map<String, Double> labs, boolean renalHistory, RandomGenerator r) {
        List<Answer> out = new ArrayList<>(9);
        for (QsTerms.Term t : QsTerms.standard().items(Instrument.BILAG_2004)) {
            if (t.kind() != QsTerms.Kind.GRADE) continue;
            String g;
            if ("RENAL".equals(t.scat())) {
                double p = labs.getOrDefault("PROTEXR", 0.0);
                g = p > 1 ? "A" : p >= 0.5 ? "B" : p > 0.25 ? "C" : renalHistory ? "D" : "E";
            } else {
                double u = r.nextDouble();
                double a = activity * (t.scat() != null && t.scat().startsWith("MUCO") ? 0.9 : 0.4);
                g = u < 0.15 * a ? "A" : u < 0.45 * a ? "B" : u < 0.8 * a ? "C" : u < 0.8 * a + 0.3 ? "D" : "E";
            }
            out.add(new Answer(t, g, g, null, false));
        }
        return out;
    }

    static Answer pga(double activity, RandomGenerator r) {
        QsTerms.Term t = QsTerms.standard().items(Instrument.PGA).get(0);
        double v = Math.round(Math.min(3, Math.max(0, 0.3 + 2.4 * activity + r.nextGaussian() * 0.3)) * 100) / 100.0;
        String s = Values.number(v);
        return new Answer(t, s, s, v, false);
    }
}
