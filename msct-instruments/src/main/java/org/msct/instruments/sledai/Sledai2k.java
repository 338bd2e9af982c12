package org.msct.instruments.sledai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.Labs;
import org.msct.instruments.model.SledaiInput;
import org.msct.instruments.sledai.SledaiDefinition.Descriptor;
import org.msct.instruments.sledai.SledaiResult.Contribution;
import org.msct.instruments.sledai.SledaiResult.Source;

/**
 * SLEDAI-2K (Gladman DD, Ibañez D, Urowitz MB, J Rheumatol 2002;29:288-91; shared/spec/instruments.md §1): 24
 * descriptors, present = weight, total = sum (0–105); clinical SLEDAI-2K without low complement and increased DNA
 * binding (0–101).
 *
 * <p>A descriptor is present when the investigator lists it in {@code sledai2k.present}, or when a lab rule of the
 * definition holds on the assessment's labs (platelets &lt; 100 ×10⁹/L, WBC &lt; 3.0 ×10⁹/L, temperature &gt; 38.0 °C,
 * 24-h protein &gt; 0.5 g, urine RBC &gt; 5/hpf, urine WBC &gt; 5/hpf, casts, C3 or C4 low, anti-dsDNA high) and the
 * investigator did not list it in {@code not_attributable}. An absent lab value never makes a descriptor present.
 * Options: UPCR substitution for proteinuria (protocol-defined, off), arthritis from a joint count, the SELENA-SLEDAI
 * variant (proteinuria must be new or increased by more than the threshold vs the previous assessment).
 *
 * <p>Missing data: an assessment without a {@code sledai2k} section was not assessed for the clinical descriptors
 * and is not scored ({@link #scoreIfAssessed} returns empty; {@link #score} throws).
 */
public final class Sledai2k {
    private Sledai2k() {}

    /** Whether the assessment carries a SLEDAI-2K section. */
    public static boolean isAssessed(@Nullable Assessment a) {
        return a != null && a.sledai() != null;
    }

    /** Scores {@code a}, or empty when it has no SLEDAI-2K section. */
    public static Optional<SledaiResult> scoreIfAssessed(
            @Nullable Assessment a, @Nullable Assessment previous, SledaiOptions o) {
        return isAssessed(a) ? Optional.of(score(a, previous, o)) : Optional.empty();
    }

    /** Scores one assessment; IllegalArgumentException when it has no SLEDAI-2K section. */
    public static SledaiResult score(Assessment a, SledaiOptions o) {
        return score(a, null, o);
    }

    /**
     * Scores one assessment; {@code previous} (may be null) is read only by the SELENA-SLEDAI variant's proteinuria
     * rule. IllegalArgumentException when {@code a} has no SLEDAI-2K section.
     */
    public static SledaiResult score(Assessment a, @Nullable Assessment previous, SledaiOptions o) {
        SledaiInput in = a.sledai();
        if (in == null) throw new IllegalArgumentException("assessment has no SLEDAI-2K section; not scored");
        SledaiDefinition d = SledaiDefinition.standard();
        List<Descriptor> ds = d.descriptors();
        long investigator = 0;
        long notAttributable = 0;
        for (String c : in.present()) investigator |= 1L << d.indexOf(c);
        for (String c : in.notAttributable()) notAttributable |= 1L << d.indexOf(c);
        Labs labs = a.labs();
        Labs prevLabs = previous == null ? null : previous.labs();
        int total = 0;
        int clinical = 0;
        String[] codes = new String[ds.size()];
        int n = 0;
        List<Contribution> contributions = new ArrayList<>(8);
        List<String> notAttributed = List.of();
        List<String> warnings = List.of();
        if (o.variant() == SledaiVariant.SELENA_SLEDAI && o.window() != RecallWindow.WINDOW_10D) {
            warnings = add(warnings, "SELENA-SLEDAI is defined for a 10-day window; scored with " + o.window());
        }
        for (int i = 0; i < ds.size(); i++) {
            Descriptor de = ds.get(i);
            long bit = 1L << i;
            Contribution c = null;
            if ((investigator & bit) != 0) {
                c = new Contribution(de.code(), de.weight(), Source.INVESTIGATOR, "");
                if (de.jointCount() != null && in.arthritisJoints() != null) {
                    int joints = in.arthritisJoints();
                    if (!jointRule(de, o).test(joints)) {
                        warnings = add(
                                warnings,
                                de.code() + " listed present but arthritis_joints " + joints + " does not meet "
                                        + jointRule(de, o) + " joints");
                    }
                }
            } else {
                String evidence = null;
                if (de.labDerived()) {
                    Evidence ev = labEvidence(de, labs, prevLabs, o);
                    evidence = ev.text;
                    if (ev.warning != null) warnings = add(warnings, ev.warning);
                } else if (de.jointCount() != null && in.arthritisJoints() != null) {
                    Threshold t = jointRule(de, o);
                    if (t.test(in.arthritisJoints())) evidence = "arthritis_joints " + in.arthritisJoints() + " " + t;
                }
                if (evidence != null) {
                    if ((notAttributable & bit) != 0) notAttributed = add(notAttributed, de.code() + ": " + evidence);
                    else
                        c = new Contribution(
                                de.code(), de.weight(), de.labDerived() ? Source.LABS : Source.JOINT_COUNT, evidence);
                }
            }
            if (c != null) {
                contributions.add(c);
                codes[n++] = de.code();
                total += de.weight();
                if (de.inClinicalScore()) clinical += de.weight();
            }
        }
        return new SledaiResult(
                total,
                clinical,
                List.of(Arrays.copyOf(codes, n)),
                contributions,
                notAttributed,
                o.window(),
                o.variant(),
                d.id() + " v" + d.version(),
                warnings);
    }

    private static Threshold jointRule(Descriptor de, SledaiOptions o) {
        Integer min = o.arthritisMinJoints();
        return min == null ? de.jointCount() : new Threshold(Comparison.GE, min);
    }

    private record Evidence(@Nullable String text, @Nullable String warning) {}

    private static final Evidence NONE = new Evidence(null, null);

    private static Evidence labEvidence(Descriptor de, Labs labs, @Nullable Labs prevLabs, SledaiOptions o) {
        LabRule hit = null;
        boolean anyValue = false;
        for (LabRule r : de.labs()) {
            if (r.field().numeric() ? r.field().number(labs) != null : r.field().flag(labs) != null) anyValue = true;
            if (hit == null && r.matches(labs)) hit = r;
        }
        if (hit == null && !anyValue && o.upcrSubstitution() && de.protocolSubstitute() != null) {
            LabRule s = de.protocolSubstitute();
            if (o.upcrThresholdMgPerMmol() != null) s = new LabRule(s.field(), s.op(), o.upcrThresholdMgPerMmol());
            if (s.matches(labs)) hit = s;
        }
        if (hit == null) return NONE;
        String text = hit.explain(labs);
        if (o.variant() == SledaiVariant.SELENA_SLEDAI && de.selenaNewOrIncreased()) {
            // SELENA-SLEDAI proteinuria: new onset (previous value not above the threshold) or a recent increase by
            // more than the threshold; the engine needs the previous value of the same measure to tell.
            Double prev = prevLabs == null ? null : hit.valueIn(prevLabs);
            if (prev == null) {
                return new Evidence(
                        null,
                        de.code() + " not derived: SELENA-SLEDAI needs new onset or a recent increase"
                                + " and the previous " + hit.field().json() + " is absent (" + text
                                + "); list it in present"
                                + " if new or increased");
            }
            double cur = hit.valueIn(labs);
            boolean newOnset = !hit.op().test(prev, hit.value());
            boolean increased = cur - prev > hit.value();
            if (!newOnset && !increased) {
                return NONE;
            }
            text = text
                    + (newOnset
                            ? ", new (previous "
                            : ", increased by more than " + Numbers.format(hit.value()) + " (previous ")
                    + Numbers.format(prev) + ")";
        }
        return new Evidence(text, null);
    }

    private static List<String> add(List<String> list, String s) {
        List<String> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(s);
        return out;
    }
}
