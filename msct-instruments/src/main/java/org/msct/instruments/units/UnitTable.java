package org.msct.instruments.units;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Conversion factors of every {@link Unit}, read from {@code instruments/units.v1.json}. For a unit u:
 * {@code canonical = (value + add_before) × multiply_by ÷ divide_by} (defaults 0, 1, 1; the canonical unit of a
 * dimension has none). Immutable after loading; {@link #standard()} is loaded once per JVM.
 */
public final class UnitTable {
    /** Resource name of the shipped definition. */
    public static final String RESOURCE = "instruments/units.v1.json";

    private static final Set<String> DIMENSION_MEMBERS = Set.of("dimension", "canonical", "units", "remarks");
    private static final Set<String> UNIT_MEMBERS =
            Set.of("unit", "symbol", "multiply_by", "divide_by", "add_before", "source", "remarks");

    private final String[] symbol;
    private final double[] add;
    private final double[] mul;
    private final double[] div;
    private final int version;

    private UnitTable(String[] symbol, double[] add, double[] mul, double[] div, int version) {
        this.symbol = symbol;
        this.add = add;
        this.mul = mul;
        this.div = div;
        this.version = version;
    }

    private static final class Holder {
        static final UnitTable STANDARD =
                read(DefinitionReader.parseResource(RESOURCE), RESOURCE).orThrow();
    }

    /** The shipped table (loaded on first use; an invalid shipped file is a build error caught by the tests). */
    public static UnitTable standard() {
        return Holder.STANDARD;
    }

    public int version() {
        return version;
    }

    public String symbol(Unit unit) {
        return symbol[unit.ordinal()];
    }

    /** {@code value} in unit {@code from} expressed in {@code to}; no rounding. */
    public double convert(double value, Unit from, Unit to) {
        if (from == to) return value;
        if (from.dimension() != to.dimension()) throw new IncompatibleUnitsException(from, to);
        int f = from.ordinal();
        int t = to.ordinal();
        double canonical = (value + add[f]) * mul[f] / div[f];
        return canonical * div[t] / mul[t] - add[t];
    }

    /** Validates and reads a units definition; the definition is present only without findings. */
    public static Loaded<UnitTable> read(JsonNode root, String file) {
        DefinitionReader r = new DefinitionReader(file);
        int version = r.header(root, "units");
        int n = Unit.values().length;
        String[] symbol = new String[n];
        double[] add = new double[n];
        double[] mul = new double[n];
        double[] div = new double[n];
        boolean[] seenDim = new boolean[Dimension.values().length];
        JsonNode dims = root.isObject() ? r.array(root, "dimensions", "dimensions") : null;
        if (dims != null) {
            for (int i = 0; i < dims.size(); i++) {
                readDimension(r, dims.get(i), "dimensions[" + i + "]", seenDim, symbol, add, mul, div);
            }
        }
        for (Dimension d : Dimension.values()) {
            if (!seenDim[d.ordinal()]) r.problem("dimensions", "dimension " + d + " is missing");
        }
        for (Unit u : Unit.values()) {
            if (symbol[u.ordinal()] == null) r.problem("dimensions", "unit " + u + " is missing");
        }
        return r.result(new UnitTable(symbol, add, mul, div, version));
    }

    private static void readDimension(
            DefinitionReader r,
            JsonNode d,
            String path,
            boolean[] seenDim,
            String[] symbol,
            double[] add,
            double[] mul,
            double[] div) {
        if (!d.isObject()) {
            r.problem(path, "must be an object");
            return;
        }
        r.onlyMembers(d, path, DIMENSION_MEMBERS);
        Dimension dim = r.enumValue(d, "dimension", Dimension.class, path + ".dimension");
        if (dim != null) {
            if (seenDim[dim.ordinal()]) r.problem(path + ".dimension", "dimension " + dim + " is listed twice");
            seenDim[dim.ordinal()] = true;
        }
        Unit canonical = r.enumValue(d, "canonical", Unit.class, path + ".canonical");
        if (dim != null && canonical != null && canonical.dimension() != dim) {
            r.problem(path + ".canonical", "unit " + canonical + " is not a unit of " + dim);
        }
        boolean canonicalListed = false;
        JsonNode units = r.array(d, "units", path + ".units");
        if (units == null) return;
        for (int j = 0; j < units.size(); j++) {
            JsonNode u = units.get(j);
            String up = path + ".units[" + j + "]";
            if (!u.isObject()) {
                r.problem(up, "must be an object");
                continue;
            }
            r.onlyMembers(u, up, UNIT_MEMBERS);
            Unit unit = r.enumValue(u, "unit", Unit.class, up + ".unit");
            String sym = r.text(u, "symbol", up + ".symbol");
            double a = r.optionalNumber(u, "add_before", up + ".add_before", 0.0);
            double m = u.has("multiply_by") ? r.positive(u, "multiply_by", up + ".multiply_by") : 1.0;
            double q = u.has("divide_by") ? r.positive(u, "divide_by", up + ".divide_by") : 1.0;
            boolean identity = a == 0.0 && m == 1.0 && q == 1.0;
            if (unit == null) continue;
            if (dim != null && unit.dimension() != dim)
                r.problem(up + ".unit", "unit " + unit + " is not a unit of " + dim);
            if (unit == canonical) {
                canonicalListed = true;
                if (!identity) r.problem(up, "the canonical unit " + unit + " must have no conversion factors");
            } else if (!u.has("source")) {
                r.problem(up + ".source", "a conversion factor needs its source");
            } else {
                r.text(u, "source", up + ".source");
            }
            if (symbol[unit.ordinal()] != null) r.problem(up + ".unit", "unit " + unit + " is listed twice");
            symbol[unit.ordinal()] = sym;
            add[unit.ordinal()] = a;
            mul[unit.ordinal()] = m;
            div[unit.ordinal()] = q;
        }
        if (canonical != null && !canonicalListed)
            r.problem(path + ".units", "the canonical unit " + canonical + " is not listed");
    }
}
