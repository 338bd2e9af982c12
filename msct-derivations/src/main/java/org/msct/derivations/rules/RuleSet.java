package org.msct.derivations.rules;

import java.util.List;
import java.util.Optional;

/**
 * A versioned response, flare, relapse or remission definition read from {@code derivations/<family>/<id>.v<n>.json}.
 *
 * <p>Classification of one visit ({@link RuleSets#classify}): outcomes are tried in file order; the first that is
 * {@code MET} wins; an {@code UNKNOWN} outcome before any met one makes the visit not evaluable ({@code NE}); when all
 * are {@code NOT_MET} the result is {@code otherwiseCode}. Outcome order is also the order of merit (best first).
 *
 * @param id definition id, e.g. {@code nanjing-cn}
 * @param version definition version (integer ≥ 1)
 * @param family kind of definition
 * @param variant the named variant of endpoint-rules.md it implements, e.g. {@code GU-CRPR-CN}
 * @param citation source citation
 * @param remarks caveats and provenance
 * @param bilagScheme id of the BILAG scheme whose systems grade conditions count over, when grades are used
 * @param reference the default reference of an event definition ({@code responseVisit}, {@code previousVisit},
 *     {@code baseline}, {@code nadir}); empty for response definitions
 * @param outcomes outcomes in order of merit
 * @param otherwiseCode AVALC when no outcome applies (e.g. {@code NR}, {@code N})
 * @param otherwiseAval AVAL when no outcome applies
 */
public record RuleSet(
        String id,
        int version,
        Family family,
        String variant,
        String citation,
        String remarks,
        Optional<String> bilagScheme,
        Optional<Reference> reference,
        List<Outcome> outcomes,
        String otherwiseCode,
        int otherwiseAval) {
    /** AVALC of a visit that could not be classified (a required value is missing). */
    public static final String NOT_EVALUABLE = "NE";

    public RuleSet {
        outcomes = List.copyOf(outcomes);
    }

    /** {@code id v<version>}, e.g. for PARCAT1. */
    public String label() {
        return id + " v" + version;
    }

    /** The outcome with AVALC {@code code}. */
    public Optional<Outcome> outcome(String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** Rank of a code in order of merit: outcome index, then otherwise, then NE / unknown codes. */
    public int rank(String code) {
        for (int i = 0; i < outcomes.size(); i++) if (outcomes.get(i).code().equals(code)) return i;
        return code.equals(otherwiseCode) ? outcomes.size() : outcomes.size() + 1;
    }
}
