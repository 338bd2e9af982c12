package org.msct.cli.stats;

import java.io.PrintWriter;

/**
 * A {@code msct stats} method as both routes run it: picocli fills its {@code @Option} fields and calls {@link #run},
 * {@link DirectStats} fills them through {@link #options} and calls {@link #execute}.
 */
interface StatsMethod extends Runnable {
    /** Registers every option of the method (its {@code @Option} and mixin fields) with the direct route. */
    void options(DirectOptions o);

    /** Computes and prints the result to {@code out}; usage and data errors are thrown. */
    void execute(PrintWriter out);
}
