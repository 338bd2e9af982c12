package org.msct.cli.stats;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code msct stats} method as both routes run it: picocli fills its {@code @Option} fields and calls {@link #run},
 * {@link DirectStats} fills them through {@link #options} and calls {@link #execute}.
 */
abstract class StatsMethod implements Runnable {
    /** Set by picocli; the direct route leaves it null. */
    @Spec
    CommandSpec spec;

    /** Registers every option of the method (its {@code @Option} and mixin fields) with the direct route. */
    abstract void options(DirectOptions o);

    /** Computes and prints the result to {@code out}; usage and data errors are thrown. */
    abstract void execute(PrintWriter out);

    @Override
    public final void run() {
        execute(spec.commandLine().getOut());
    }
}
