package org.msct.trial.protocol;

import java.util.List;
import java.util.Optional;

/**
 * A study protocol as data (files {@code trial/protocols/<id>.v<major>.json}): eligibility, MSC regimen, visit
 * schedule and endpoints of one of the seed studies, each element tagged with its provenance, and named options where
 * the sources disagree. Obtain instances through {@link ProtocolLoader}, which validates them; the accessors taking
 * {@link OptionSettings} return the elements that apply under those settings.
 *
 * @param id protocol id, kebab-case (e.g. {@code wang-2014})
 * @param version semantic version of this file; a change of a criterion, threshold or default is a new version
 * @param title readable title
 * @param source citations, DOIs and registry ids
 * @param remarks notes on how the file was built: disagreements, inferences, what was not retrievable
 * @param design study design as published
 * @param options named choices where sources disagree (may be empty)
 * @param eligibility inclusion and exclusion criteria
 * @param regimen the MSC regimen
 * @param visits the visit schedule
 * @param endpoints the endpoints and their counting conventions
 */
public record Protocol(
        String id,
        String version,
        String title,
        SourceBlock source,
        List<String> remarks,
        Design design,
        List<ProtocolOption> options,
        Eligibility eligibility,
        Regimen regimen,
        List<Visit> visits,
        List<Endpoint> endpoints) {
    public Protocol {
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
        options = options == null ? List.of() : List.copyOf(options);
        visits = visits == null ? List.of() : List.copyOf(visits);
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
    }

    public Optional<ProtocolOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** Every option at its default. */
    public OptionSettings defaults() {
        return OptionSettings.defaults(this);
    }

    /** The criteria that apply under {@code s}, in protocol order. */
    public List<Criterion> criteria(OptionSettings s) {
        return eligibility.criteria().stream().filter(c -> s.active(c.when())).toList();
    }

    public List<Regimen.Infusion> infusions(OptionSettings s) {
        return regimen.infusions().stream().filter(i -> s.active(i.when())).toList();
    }

    public List<Regimen.Conditioning> conditioning(OptionSettings s) {
        return regimen.conditioning().stream().filter(c -> s.active(c.when())).toList();
    }

    /** The release specification under {@code s}; empty only for an invalid protocol. */
    public Optional<Regimen.ReleaseSpec> release(OptionSettings s) {
        return regimen.release().stream().filter(r -> s.active(r.when())).findFirst();
    }

    public List<Visit> visits(OptionSettings s) {
        return visits.stream().filter(v -> s.active(v.when())).toList();
    }

    public List<Endpoint> endpoints(OptionSettings s) {
        return endpoints.stream().filter(e -> s.active(e.when())).toList();
    }
}
