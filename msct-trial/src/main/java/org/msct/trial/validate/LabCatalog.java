package org.msct.trial.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.units.IncompatibleUnitsException;
import org.msct.instruments.units.Unit;
import org.msct.instruments.units.UnitTable;

/**
 * The LB tests of the lupus panel with their standard unit and the original units that convert to it
 * ({@code trial/validate/lab-tests.v1.json}, from cdisc-terms.md §4.1). Conversions between units of one analyte use
 * the msct-instruments unit library ({@link UnitTable#standard()}); the few units that library has no dimension for
 * carry a plain factor in the JSON file. Immutable.
 */
public final class LabCatalog {
    /** Resource of the shipped catalogue. */
    public static final String RESOURCE = "/trial/validate/lab-tests.v1.json";

    private static final LabCatalog STANDARD = load();

    /**
     * One accepted unit of a test.
     *
     * @param unit CDISC submission value of the unit, e.g. {@code mg/dL}
     * @param instrumentsUnit msct-instruments unit for conversion, or null
     * @param factor multiplier to the standard unit when the library has no such unit, or null
     */
    public record UnitSpec(String unit, @Nullable Unit instrumentsUnit, @Nullable Double factor) {
        /** Whether this unit converts only to itself (no library unit and no factor). */
        public boolean selfOnly() {
            return instrumentsUnit == null && factor == null;
        }
    }

    /**
     * One LB test.
     *
     * @param testcd LBTESTCD
     * @param test LBTEST
     * @param standardUnit expected LBSTRESU; null for unitless or ordinal tests (no unit checks)
     * @param units accepted LBORRESU by unit text (the standard unit is always among them)
     */
    public record LabTest(String testcd, String test, @Nullable String standardUnit, Map<String, UnitSpec> units) {
        public LabTest {
            units = Map.copyOf(units);
        }

        /**
         * {@code value} in {@code fromUnit} converted to the standard unit; empty when the unit is not accepted or
         * does not convert to the standard unit.
         */
        public OptionalDouble toStandard(double value, String fromUnit) {
            if (standardUnit == null) return OptionalDouble.empty();
            if (fromUnit.equals(standardUnit)) return OptionalDouble.of(value);
            UnitSpec from = units.get(fromUnit);
            UnitSpec to = units.get(standardUnit);
            if (from == null || to == null) return OptionalDouble.empty();
            if (from.factor() != null) return OptionalDouble.of(value * from.factor());
            if (from.instrumentsUnit() != null && to.instrumentsUnit() != null) {
                try {
                    return OptionalDouble.of(
                            UnitTable.standard().convert(value, from.instrumentsUnit(), to.instrumentsUnit()));
                } catch (IncompatibleUnitsException e) {
                    return OptionalDouble.empty();
                }
            }
            return OptionalDouble.empty();
        }

        /** Whether LBORRESU {@code unit} is accepted for this test. */
        public boolean accepts(String unit) {
            return standardUnit == null || unit.equals(standardUnit) || units.containsKey(unit);
        }

        /** Whether {@code stresu} may stand as LBSTRESU for a result reported in {@code orresu}. */
        public boolean acceptsStandard(String stresu, @Nullable String orresu) {
            if (standardUnit == null || stresu.equals(standardUnit)) return true;
            UnitSpec s = units.get(stresu);
            return s != null && s.selfOnly() && stresu.equals(orresu);
        }
    }

    private final Map<String, LabTest> tests;
    private final String version;

    private LabCatalog(Map<String, LabTest> tests, String version) {
        this.tests = Map.copyOf(tests);
        this.version = version;
    }

    /** The shipped catalogue. */
    public static LabCatalog standard() {
        return STANDARD;
    }

    public Optional<LabTest> test(String testcd) {
        return Optional.ofNullable(tests.get(testcd));
    }

    public boolean contains(String testcd) {
        return tests.containsKey(testcd);
    }

    /** {@code id} and version of the resource, e.g. {@code lupus-lab-tests v1}. */
    public String version() {
        return version;
    }

    private static LabCatalog load() {
        try (InputStream in = LabCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, LabTest> m = new LinkedHashMap<>();
            for (JsonNode t : root.get("tests")) {
                String std = t.path("standardUnit").isNull()
                        ? null
                        : t.path("standardUnit").asText();
                Map<String, UnitSpec> units = new HashMap<>();
                for (JsonNode u : t.path("units")) {
                    String name = u.get("unit").asText();
                    Unit iu = u.has("instrumentsUnit")
                            ? Unit.valueOf(u.get("instrumentsUnit").asText())
                            : null;
                    Double f = u.has("factor") ? u.get("factor").asDouble() : null;
                    units.put(name, new UnitSpec(name, iu, f));
                }
                if (std != null) units.putIfAbsent(std, new UnitSpec(std, null, null));
                String code = t.get("testcd").asText();
                if (m.put(code, new LabTest(code, t.get("test").asText(), std, units)) != null) {
                    throw new IllegalStateException(RESOURCE + ": duplicate testcd " + code);
                }
            }
            return new LabCatalog(
                    m, root.get("id").asText() + " v" + root.get("version").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
