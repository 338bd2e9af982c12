package org.msct.reports.figure;

/** Coordinates for SVG: rounded half-up to 2 decimals, trailing zeros dropped ("12.5", "12", "-0.25"). */
final class Num {
    private Num() {}

    static String f(double x) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("non-finite SVG coordinate: " + x);
        long hundredths = Math.round(x * 100);
        if (hundredths == 0) return "0";
        StringBuilder sb = new StringBuilder();
        if (hundredths < 0) sb.append('-');
        long abs = Math.abs(hundredths);
        sb.append(abs / 100);
        long frac = abs % 100;
        if (frac != 0) {
            sb.append('.').append(frac / 10);
            if (frac % 10 != 0) sb.append(frac % 10);
        }
        return sb.toString();
    }
}
