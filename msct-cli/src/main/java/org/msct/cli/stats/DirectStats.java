package org.msct.cli.stats;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.msct.cli.conventions.Cli;

/**
 * Runs {@code msct stats <method> --option value ...} without picocli's command model. Building that model (annotation
 * proxies, reflection, converters, help sections of three commands) took ~80 ms of every start, a fifth of a
 * million-row log-rank (bench/run.sh). This route takes only the plain form: known {@code --name value} or
 * {@code --name=value} options, each once, values not starting with '-' or '@', flags without a value, every required
 * option present. Anything else (help, version, a mistake, picocli's other syntax) is left to picocli, which stays the
 * one place that words usage errors and help.
 */
public final class DirectStats {
    private DirectStats() {}

    /**
     * The exit code of running {@code args}, or empty when they are not in the plain form (nothing has run then).
     */
    public static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
        StatsMethod m = parse(args);
        if (m == null) return OptionalInt.empty();
        try {
            m.execute(out);
            return OptionalInt.of(0);
        } catch (Exception e) {
            return OptionalInt.of(Cli.exitCode(e, err));
        }
    }

    /** The method with its options set from {@code args}, or null when they are not in the plain form. */
    static StatsMethod parse(String[] args) {
        if (args.length < 2 || !args[0].equals("stats")) return null;
        Supplier<StatsMethod> make = StatsCommand.methods().get(args[1]);
        if (make == null) return null;
        StatsMethod m = make.get();
        DirectOptions opts = new DirectOptions();
        m.options(opts);
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) return null;
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            DirectOptions.Option o = opts.get(name);
            if (o == null || !seen.add(name)) return null;
            String value;
            if (o.kind() == DirectOptions.Kind.FLAG) {
                // "--flag true" or "--flag=false" are picocli's to read
                if (eq >= 0 || i + 1 < args.length && !args[i + 1].startsWith("--")) return null;
                value = null;
            } else if (eq >= 0) {
                value = a.substring(eq + 1);
            } else {
                if (i + 1 >= args.length) return null;
                value = args[++i];
                if (value.startsWith("-") || value.startsWith("@")) return null;
            }
            try {
                o.set().accept(value);
            } catch (RuntimeException e) {
                return null;
            }
        }
        for (DirectOptions.Option o : opts.all().values()) if (o.required() && !seen.contains(o.name())) return null;
        return m;
    }
}
