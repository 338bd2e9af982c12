package org.msct.instruments.units;

/**
 * A measured value with its unit. Conversions go through the canonical unit of the dimension with the factors of
 * {@code instruments/units.v1.json} (instruments.md §8): creatinine mg/dL × 88.4 = µmol/L; BUN mg/dL = urea mmol/L ×
 * 2.8; UPCR/UACR mg/g = mg/mmol × 8.84; 24-h protein mg = g × 1000; °C = (°F − 32) × 5/9, and others listed there.
 * Results are not rounded.
 *
 * @param value finite; not negative unless the dimension allows it (temperature)
 * @param unit the unit of {@code value}
 * @throws IllegalArgumentException for a non-finite or impossible negative value (the message names value and unit)
 */
public record Quantity(double value, Unit unit) {
    public Quantity {
        if (unit == null) throw new IllegalArgumentException("unit is required (value " + value + ")");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "value " + value + " " + unit.name() + " is not allowed; allowed: a finite number");
        }
        if (value < 0 && !unit.dimension().allowsNegative()) {
            throw new IllegalArgumentException("value " + value + " " + unit.name() + " is not allowed; allowed: ≥ 0");
        }
    }

    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, unit);
    }

    /** This quantity in {@code target}; {@link IncompatibleUnitsException} when the dimensions differ. */
    public Quantity to(Unit target) {
        return target == unit ? this : new Quantity(in(target), target);
    }

    /** The value expressed in {@code target} (no rounding); {@link IncompatibleUnitsException} when dimensions differ. */
    public double in(Unit target) {
        return UnitTable.standard().convert(value, unit, target);
    }

    @Override
    public String toString() {
        return value + " " + unit.symbol();
    }
}
