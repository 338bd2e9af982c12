package org.msct.instruments.units;

/** Thrown when a conversion is asked between units of different dimensions; the message names both units. */
public final class IncompatibleUnitsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final Unit from;
    private final Unit to;

    public IncompatibleUnitsException(Unit from, Unit to) {
        super("cannot convert " + from.describe() + " to " + to.describe() + ": different quantities ("
                + from.dimension() + " vs " + to.dimension() + ")");
        this.from = from;
        this.to = to;
    }

    public Unit from() {
        return from;
    }

    public Unit to() {
        return to;
    }
}
