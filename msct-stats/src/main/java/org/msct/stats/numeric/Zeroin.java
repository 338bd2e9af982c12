package org.msct.stats.numeric;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder (the "zeroin" of Forsythe, Malcolm &amp; Moler, <i>Computer Methods for Mathematical
 * Computations</i>, 1977; Brent, <i>Algorithms for Minimization without Derivatives</i>, 1973, ch. 4), carried out
 * step by step as R's {@code uniroot} does it ({@code R_zeroin2} in R's stats package), so that a root found to R's
 * loose default tolerance is the same iterate, to the last few bits, as R's.
 *
 * <p>Why mirror the iterations rather than solve precisely: R functions such as {@code fisher.test} report the iterate
 * at which zeroin stopped (accurate only to {@code tol}, about 1.2e-4 by default), and msct must print R's digits.
 */
public final class Zeroin {
    /** R's default {@code uniroot} tolerance, {@code .Machine$double.eps^0.25}. */
    public static final double DEFAULT_TOL = Math.pow(Math.ulp(1.0), 0.25);

    /** R's default {@code uniroot} iteration limit. */
    public static final int DEFAULT_MAXIT = 1000;

    private static final double EPS = Math.ulp(1.0);

    private Zeroin() {}

    /**
     * R's {@code uniroot(f, c(lower, upper))$root} with the default tolerance and without interval extension.
     *
     * @throws IllegalArgumentException if f(lower) and f(upper) have the same sign or one is NaN (R stops too)
     */
    public static double uniroot(DoubleUnaryOperator f, double lower, double upper) {
        double fl = f.applyAsDouble(lower);
        double fu = f.applyAsDouble(upper);
        if (Double.isNaN(fl) || Double.isNaN(fu) || Math.signum(fl) * Math.signum(fu) > 0) {
            throw new IllegalArgumentException("f() values at end points not of opposite sign");
        }
        return zeroin2(f, lower, upper, fl, fu, DEFAULT_TOL, DEFAULT_MAXIT);
    }

    /**
     * One run of zeroin on [ax, bx] given f(ax) and f(bx).
     *
     * @return the last iterate b (R's {@code val[1]}); if maxit is exhausted the current b is returned, as R does
     */
    public static double zeroin2(
            DoubleUnaryOperator fn, double ax, double bx, double fax, double fbx, double tol, int maxit) {
        if (fax == 0.0) return ax;
        if (fbx == 0.0) return bx;
        double a = ax;
        double fa = fax;
        double b = bx;
        double fb = fbx;
        double c = a;
        double fc = fa;
        for (int left = maxit + 1; left > 0; left--) {
            double prevStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) {
                // keep b the best approximation: rotate a <- b <- c <- a
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolAct = 2 * EPS * Math.abs(b) + tol / 2;
            double step = (c - b) / 2;
            if (Math.abs(step) <= tolAct || fb == 0.0) return b;

            if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
                double cb = c - b;
                double p;
                double q;
                if (a == c) {
                    // secant through the two distinct points
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                } else {
                    // inverse quadratic interpolation through a, b, c
                    q = fa / fc;
                    double t1 = fb / fc;
                    double t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
                    step = p / q;
                }
            }
            if (Math.abs(step) < tolAct) step = step > 0 ? tolAct : -tolAct;
            a = b;
            fa = fb;
            b += step;
            fb = finite(fn.applyAsDouble(b));
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
                c = a;
                fc = fa;
            }
        }
        return b;
    }

    /** R's uniroot replaces -Inf by -DBL_MAX and NaN/+Inf by +DBL_MAX inside the iterations. */
    private static double finite(double v) {
        if (Double.isFinite(v)) return v;
        return v == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : Double.MAX_VALUE;
    }
}
