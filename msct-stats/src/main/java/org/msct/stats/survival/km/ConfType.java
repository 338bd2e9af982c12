package org.msct.stats.survival.km;

/**
 * Pointwise 95% confidence limits of S(t) as {@code survival:::survfit_confint} (logse = TRUE, conf.lower "usual"),
 * with the same NA rules: NaN (printed null) for {@code log} when S = 0, for {@code log_log} when S is 0 or 1, and for
 * every lower limit when the standard error is not finite (S = 0, because R's scale {@code selow/se} is then NaN).
 */
public enum ConfType {
    /** R's default: exp(log S ∓ z·se), upper clipped at 1. */
    LOG("log"),
    /** exp(−exp(log(−log S) ∓ z·se/log S)). */
    LOG_LOG("log_log"),
    /** S ∓ z·se·S clipped to [0, 1]. */
    PLAIN("plain");

    /** {@code qnorm(0.975)} exactly as R computes it. */
    public static final double Z = 1.9599639845400536;

    private final String key;

    ConfType(String key) {
        this.key = key;
    }

    /** JSON member name. */
    public String key() {
        return key;
    }

    /** Lower limit for survival {@code p} and standard error of log S {@code se}. */
    public double lower(double p, double se) {
        double scale = se == 0 ? 1 : (Double.isFinite(se) ? 1 : Double.NaN);
        return switch (this) {
            case LOG -> p == 0 ? Double.NaN : Math.exp(Math.log(p) - Z * se * scale);
            case LOG_LOG -> {
                if (p == 0 || p == 1) yield Double.NaN;
                double lp = Math.log(p);
                yield Math.exp(-Math.exp(Math.log(-lp) - Z * se / lp * scale));
            }
            case PLAIN -> Math.max(p - se * p * Z * scale, 0);
        };
    }

    /** Upper limit for survival {@code p} and standard error of log S {@code se}. */
    public double upper(double p, double se) {
        return switch (this) {
            case LOG -> p == 0 ? Double.NaN : Math.min(Math.exp(Math.log(p) + Z * se), 1);
            case LOG_LOG -> {
                if (p == 0 || p == 1) yield Double.NaN;
                double lp = Math.log(p);
                yield Math.exp(-Math.exp(Math.log(-lp) + Z * se / lp));
            }
            case PLAIN -> Math.min(p + se * p * Z, 1);
        };
    }

    /**
     * Limits for every row of a curve: {@code [0]} lower, {@code [1]} upper. Rows without events repeat the previous
     * row (S and se are unchanged there), which spares the transcendental functions on censor-only times.
     */
    public double[][] limits(KmCurve c) {
        int m = c.size();
        double[] lo = new double[m];
        double[] up = new double[m];
        double[] s = c.surv();
        double[] se = c.stdErr();
        int[] ev = c.nEvent();
        for (int i = 0; i < m; i++) {
            if (i > 0 && ev[i] == 0) {
                lo[i] = lo[i - 1];
                up[i] = up[i - 1];
            } else {
                lo[i] = lower(s[i], se[i]);
                up[i] = upper(s[i], se[i]);
            }
        }
        return new double[][] {lo, up};
    }
}
