package org.msct.instruments.sledai;

/** Number formatting for explanations: integers without a decimal point, others as {@link Double#toString}. */
public final class Numbers {
    private Numbers() {}

    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
