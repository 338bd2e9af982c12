package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.msct.cli.analyze.ProtocolDefinitions.Definition;
import org.msct.cli.analyze.ProtocolDefinitions.Kind;
import org.msct.cli.analyze.ProtocolDefinitions.Status;
import org.msct.derivations.course.CourseOptions;
import org.msct.derivations.course.Endpoint;
import org.msct.derivations.course.ResponseParams;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.rules.Family;
import org.msct.derivations.rules.RuleSet;
import org.msct.derivations.rules.RuleSets;
import org.msct.trial.protocol.Protocol;

/**
 * What {@code msct analyze --protocol ID} computes: every endpoint of the protocol under its option defaults, with the
 * derivation its default definition runs ({@link ProtocolDefinitions}) and, for response and event endpoints, the
 * course endpoint the derivation chain must evaluate (shared by endpoints with the same rule sets and period).
 *
 * @param protocol the protocol
 * @param definitions the definition map used
 * @param items one per protocol endpoint, in protocol order
 * @param courses course endpoints by key, for {@link Derived#derive}
 */
record ProtocolPlan(
        Protocol protocol, ProtocolDefinitions definitions, List<Item> items, Map<String, Endpoint> courses) {

    /**
     * One protocol endpoint.
     *
     * @param definition the default definition's entry
     * @param periodMonth end of the assessment period: the largest atMonths, else the design follow-up, else 12
     * @param states response states counted (response endpoints)
     * @param courseKey key of the course in {@link #courses}, empty when the endpoint needs none
     * @param derivation readable derivation, e.g. {@code renal-response/eular-2012 + renal-flare/moroni-2022}
     * @param problem why the endpoint cannot be set up (not implemented, no response to pair with), empty when it can
     */
    record Item(
            org.msct.trial.protocol.Endpoint endpoint,
            Definition definition,
            int periodMonth,
            List<String> states,
            String courseKey,
            String derivation,
            String problem) {
        Item {
            states = List.copyOf(states);
        }
    }

    static ProtocolPlan of(Protocol p, ProtocolDefinitions defs, List<PlannedVisit> grid) {
        return of(p, defs, grid, Map.of());
    }

    /**
     * The plan with some endpoints under an alternative definition ({@code endpoint id → definition id}; the id must be
     * the endpoint's default or one of its alternatives).
     *
     * @throws IllegalArgumentException for an unknown endpoint or a definition the endpoint does not list
     */
    static ProtocolPlan of(Protocol p, ProtocolDefinitions defs, List<PlannedVisit> grid, Map<String, String> chosen) {
        List<org.msct.trial.protocol.Endpoint> eps = new ArrayList<>();
        for (var e : p.endpoints(p.defaults())) {
            String alt = chosen.get(e.id());
            if (alt != null && !alt.equals(e.definition())) {
                if (!e.alternatives().contains(alt))
                    throw new IllegalArgumentException("endpoint " + e.id() + " of " + p.id() + " has no definition "
                            + alt + "; default " + e.definition() + ", alternatives " + e.alternatives());
                List<String> alts = new ArrayList<>(e.alternatives());
                alts.set(alts.indexOf(alt), e.definition());
                e = new org.msct.trial.protocol.Endpoint(
                        e.id(),
                        e.label(),
                        e.role(),
                        alt,
                        alts,
                        e.aggregation(),
                        e.denominator(),
                        e.atMonths(),
                        e.targets(),
                        e.provenance(),
                        e.when());
            }
            eps.add(e);
        }
        for (String id : chosen.keySet())
            if (eps.stream().noneMatch(e -> e.id().equals(id)))
                throw new IllegalArgumentException("protocol " + p.id() + " has no endpoint " + id + "; endpoints: "
                        + eps.stream()
                                .map(org.msct.trial.protocol.Endpoint::id)
                                .distinct()
                                .toList());
        List<Item> items = new ArrayList<>();
        Map<String, Endpoint> courses = new LinkedHashMap<>();
        for (var e : eps) {
            Definition d = defs.get(e.definition());
            int period = period(p, e);
            List<String> states = defs.states(p.id(), e.id(), d);
            if (d.status() == Status.NOT_IMPLEMENTED) {
                items.add(new Item(e, d, period, states, "", "", d.reason()));
                continue;
            }
            if (d.kind() != Kind.RESPONSE && d.kind() != Kind.EVENT) {
                items.add(new Item(e, d, period, states, "", describe(d), ""));
                continue;
            }
            Optional<PlannedVisit> last =
                    grid.stream().filter(v -> v.visitNumber() == period).findFirst();
            if (last.isEmpty()) {
                items.add(new Item(
                        e, d, period, states, "", "", "the msct visit grid has no month-" + period + " visit"));
                continue;
            }
            Definition response = d;
            Optional<Definition> event = Optional.empty();
            if (d.kind() == Kind.EVENT) {
                Optional<Definition> r = partner(eps, defs, Kind.RESPONSE, d.family(), d.responseFamily());
                if (r.isEmpty()) {
                    items.add(new Item(
                            e,
                            d,
                            period,
                            states,
                            "",
                            "",
                            "no implemented " + d.responseFamily() + " endpoint in protocol " + p.id()
                                    + " to follow: an event is counted only after a response"));
                    continue;
                }
                response = r.get();
                event = Optional.of(d);
            } else if (d.eventRuleSet().isEmpty()) {
                event = partner(eps, defs, Kind.EVENT, d.family(), d.family());
            }
            String eventFamily = event.map(Definition::family).orElse("");
            String eventSet = d.kind() == Kind.RESPONSE && !d.eventRuleSet().isEmpty()
                    ? d.eventRuleSet()
                    : event.map(Definition::ruleSet).orElse("");
            if (d.kind() == Kind.RESPONSE && !d.eventRuleSet().isEmpty()) eventFamily = "relapse";
            OptionalInt landmark = response.landmarkMonth();
            String key = response.family() + "/" + response.ruleSet()
                    + (eventSet.isEmpty() ? "" : " + " + eventFamily + "/" + eventSet) + " through month " + period
                    + (landmark.isPresent() ? ", landmark month " + landmark.getAsInt() + " maintained" : "");
            if (d.kind() == Kind.EVENT) states = defs.states(p.id(), e.id(), response);
            if (!courses.containsKey(key)) {
                CourseOptions o = CourseOptions.through(last.get());
                if (landmark.isPresent())
                    o = o.withAggregation(CourseOptions.Aggregation.LANDMARK_MAINTAINED, landmark);
                Optional<RuleSet> ev = eventSet.isEmpty()
                        ? Optional.empty()
                        : Optional.of(RuleSets.load(family(eventFamily), eventSet));
                courses.put(
                        key,
                        Endpoint.of(
                                RuleSets.load(family(response.family()), response.ruleSet()),
                                ev,
                                params(response.family()),
                                o));
            }
            items.add(new Item(e, d, period, states, key, key, ""));
        }
        return new ProtocolPlan(p, defs, items, courses);
    }

    /**
     * The default definition of the first other endpoint of kind {@code kind} that pairs with {@code family}: for a
     * response, an event whose responseFamily is {@code family}; for an event, a response of family {@code
     * responseFamily}.
     */
    private static Optional<Definition> partner(
            List<org.msct.trial.protocol.Endpoint> eps,
            ProtocolDefinitions defs,
            Kind kind,
            String family,
            String responseFamily) {
        for (var e : eps) {
            Definition d = defs.get(e.definition());
            if (d.status() != Status.IMPLEMENTED || d.kind() != kind) continue;
            if (kind == Kind.EVENT && d.responseFamily().equals(family)) return Optional.of(d);
            if (kind == Kind.RESPONSE && d.family().equals(responseFamily)) return Optional.of(d);
        }
        return Optional.empty();
    }

    static int period(Protocol p, org.msct.trial.protocol.Endpoint e) {
        if (!e.atMonths().isEmpty())
            return (int) Math.round(
                    e.atMonths().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        Double f = p.design().followUpMonths();
        return f != null ? (int) Math.round(f) : 12;
    }

    static String describe(Definition d) {
        return switch (d.kind()) {
            case SURVIVAL -> "ADTTE OS (time from first infusion to death or last contact), Kaplan-Meier";
            case ALIVE -> "ADSL death date: not known to have died by the time point";
            case CHANGE -> "BDS " + d.paramcd() + (d.bilagScheme().isEmpty() ? "" : " (" + d.bilagScheme() + ")")
                    + ": AVAL - BASE at the analysis visit, complete cases";
            case SAFETY -> "AE: subjects with >= 1 adverse event starting after day 0 within the period";
            default -> d.family() + "/" + d.ruleSet();
        };
    }

    private static Family family(String folder) {
        for (Family f : Family.values()) if (f.folder().equals(folder)) return f;
        throw new IllegalArgumentException("unknown rule-set family " + folder);
    }

    private static ResponseParams params(String family) {
        return switch (family) {
            case "renal-response" -> ResponseParams.RENAL;
            case "clinical-response" -> ResponseParams.CLINICAL;
            case "clinical-remission" -> ResponseParams.REMISSION;
            default -> throw new IllegalArgumentException("not a response family: " + family);
        };
    }
}
