package org.msct.cli.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.bds.VisitGrid;
import org.msct.derivations.input.Disposition;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.input.SubjectRecord;
import org.msct.trial.protocol.ProtocolLoader;

/** Hand-made cohorts for the protocol-endpoint tests. Day 0 (first infusion) is 2024-01-01 for every subject. */
final class Cohort {
    static final LocalDate D0 = LocalDate.of(2024, 1, 1);
    static final List<PlannedVisit> GRID = VisitGrid.load(VisitGrid.MSCT);

    /** Classic BILAG grade parameters in the order of {@link #bilag}'s grade string. */
    static final List<String> CLASSIC =
            List.of("BLGGEN", "BLGMUC", "BLGNEU", "BLGMSK", "BLGCAR", "BLGVAS", "BLGREN", "BLGHAE");

    private Cohort() {}

    static LocalDate day(int d) {
        return D0.plusDays(d);
    }

    /** A subject infused on day 0, enrolled on day −7, last contact {@code lastContactDay}, dead on {@code deathDay}. */
    static SubjectRecord subject(String id, int lastContactDay, @Nullable Integer deathDay) {
        Optional<LocalDate> death = deathDay == null ? Optional.empty() : Optional.of(day(deathDay));
        Disposition disp = deathDay != null ? Disposition.DISCONTINUED : Disposition.ONGOING;
        return new SubjectRecord(
                "HAND",
                id,
                "01",
                "UC-MSC",
                OptionalInt.of(30),
                "F",
                OptionalDouble.of(4.5),
                "UMBILICAL CORD",
                day(-7),
                Optional.of(D0),
                Optional.of(day(7)),
                death,
                day(lastContactDay),
                disp,
                deathDay == null ? Optional.empty() : death,
                Map.of());
    }

    /** Classic BILAG grades on one day in {@link #CLASSIC} order, e.g. {@code "CBEBEEAC"}. */
    static List<Observation> bilag(String id, int d, String grades) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < 8; i++)
            out.add(Observation.grade(id, day(d), CLASSIC.get(i), String.valueOf(grades.charAt(i))));
        return out;
    }

    static Observation score(String id, int d, String paramcd, double v) {
        return Observation.score(id, day(d), paramcd, v);
    }

    static Observation lab(String id, int d, String paramcd, double v, String unit) {
        return Observation.lab(id, day(d), paramcd, v, unit);
    }

    /** Plan, derivation and statistics of {@code protocolId} on a hand-made cohort. */
    static Results.ProtocolSection analyse(String protocolId, BundleMapper.Mapped m) {
        ProtocolPlan plan = ProtocolPlan.of(ProtocolLoader.require(protocolId), ProtocolDefinitions.load(), GRID);
        Derived d = Derived.derive(m, GRID, 1000, true, plan.courses(), x -> {});
        return ProtocolEndpointStats.compute(plan, d, m, VisitStats.byVisit(d));
    }

    static BundleMapper.Mapped mapped(
            List<SubjectRecord> s, List<Observation> o, List<BundleMapper.AdverseEventStart> ae, Set<String> domains) {
        return new BundleMapper.Mapped(s, o, ae, domains);
    }

    static Results.ProtocolEndpoint endpoint(Results.ProtocolSection s, String id) {
        return s.endpoints().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no endpoint " + id));
    }

    static Results.ProtocolValue value(Results.ProtocolSection s, String valueId) {
        for (var e : s.endpoints()) for (var v : e.values()) if (v.id().equals(valueId)) return v;
        throw new AssertionError("no value " + valueId);
    }

    /** Numerator and denominator of a proportion in the protocol section. */
    static List<Integer> counts(Results.ProtocolSection s, String valueId) {
        var p = prop(s, valueId);
        return List.of(p.numerator(), p.denominator());
    }

    static Results.Prop prop(Results.ProtocolSection s, String valueId) {
        return (Results.Prop) value(s, valueId).value();
    }
}
