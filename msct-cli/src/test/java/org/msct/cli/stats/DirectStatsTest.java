package org.msct.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.msct.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The direct route ({@link DirectStats}) against picocli's: the same options declared, the same fields set from the
 * same command line, and everything outside the plain form left to picocli. BadInputTest and OracleManifestTest run
 * their command lines through both routes and compare the outputs byte for byte.
 */
class DirectStatsTest {
    private static DirectOptions declared(StatsMethod m) {
        DirectOptions o = new DirectOptions();
        m.options(o);
        return o;
    }

    private static CommandLine picocli(String method) {
        return StatsCommand.commandLine(method).getSubcommands().get(method);
    }

    @Test
    void every_method_declares_picoclis_options_with_their_kinds() {
        assertThat(StatsCommand.methods()).hasSize(7);
        StatsCommand.methods().forEach((name, make) -> {
            Map<String, String> expected = new LinkedHashMap<>();
            for (OptionSpec o : picocli(name).getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) continue;
                assertThat(o.names()).as("%s: one name per option", name).hasSize(1);
                expected.put(o.longestName(), kindOf(o) + (o.required() ? " required" : ""));
            }
            Map<String, String> actual = new LinkedHashMap<>();
            declared(make.get())
                    .all()
                    .values()
                    .forEach(o -> actual.put(o.name(), o.kind() + (o.required() ? " required" : "")));
            assertThat(actual).as(name).isEqualTo(expected);
        });
    }

    private static DirectOptions.Kind kindOf(OptionSpec o) {
        Class<?> t = o.type();
        if (t == Path.class) return DirectOptions.Kind.PATH;
        if (t == String.class) return DirectOptions.Kind.TEXT;
        if (t == double.class || t == Double.class) return DirectOptions.Kind.NUMBER;
        if (t == boolean.class && o.arity().min() == 0 && o.arity().max() == 1) return DirectOptions.Kind.FLAG;
        throw new AssertionError("no direct kind for " + o.longestName() + " of type " + t + ", arity " + o.arity());
    }

    /**
     * 300 seeded random plain command lines per method (options in random order and subsets, both value forms):
     * the direct route sets every option field exactly as picocli does.
     */
    @Test
    void random_plain_command_lines_set_the_fields_picocli_sets() throws Exception {
        Random rnd = new Random(20261122);
        String[] texts = {"a", "x,y", "", "efron", "1=relapse,2=trm", "A b", "12, 24"};
        String[] paths = {"in.csv", "dir/f.tte.csv", "/tmp/x y.csv"};
        String[] numbers = {"2.5", "1e3", "7", "0.05", "0x1p3"};
        for (var e : StatsCommand.methods().entrySet()) {
            List<DirectOptions.Option> all =
                    new ArrayList<>(declared(e.getValue().get()).all().values());
            for (int run = 0; run < 300; run++) {
                Collections.shuffle(all, rnd);
                List<String> args = new ArrayList<>(List.of("stats", e.getKey()));
                for (DirectOptions.Option o : all) {
                    if (!o.required() && rnd.nextBoolean()) continue;
                    String v =
                            switch (o.kind()) {
                                case TEXT -> texts[rnd.nextInt(texts.length)];
                                case PATH -> paths[rnd.nextInt(paths.length)];
                                case NUMBER -> numbers[rnd.nextInt(numbers.length)];
                                case FLAG -> null;
                            };
                    if (v == null) {
                        args.add(o.name());
                    } else if (rnd.nextBoolean()) {
                        args.add(o.name() + "=" + v);
                    } else {
                        args.add(o.name());
                        args.add(v);
                    }
                }
                String[] a = args.toArray(String[]::new);
                StatsMethod direct = DirectStats.parse(a);
                assertThat(direct).as("plain form %s", args).isNotNull();
                CommandLine cl = StatsCommand.commandLine(e.getKey());
                cl.parseArgs(args.subList(1, args.size()).toArray(String[]::new));
                Object viaPicocli = cl.getSubcommands().get(e.getKey()).getCommand();
                assertThat(fields(direct)).as("%s", args).isEqualTo(fields(viaPicocli));
            }
        }
    }

    /** The {@code @Option} fields of a command and its mixins, by name. */
    private static Map<String, Object> fields(Object command) throws IllegalAccessException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field f : command.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            if (f.isAnnotationPresent(Option.class)) m.put(f.getName(), f.get(command));
            if (f.isAnnotationPresent(Mixin.class)) m.put(f.getName(), fields(f.get(command)));
        }
        assertThat(m).isNotEmpty();
        return m;
    }

    @Test
    void anything_but_the_plain_form_is_left_to_picocli() {
        String[][] notPlain = {
            {"stats"},
            {"stats", "kmx", "--input", "a.csv"},
            {"stats", "km", "--help"},
            {"stats", "km", "-h"},
            {"stats", "km", "--input", "a.csv", "--version"},
            {"stats", "km", "--input", "a.csv", "--input", "b.csv"},
            {"stats", "km", "--input=a.csv", "--input=b.csv"},
            {"stats", "km", "--inpt", "a.csv"},
            {"stats", "km", "--input"},
            {"stats", "km", "--input", "--times"},
            {"stats", "km", "--input", "a.csv", "--tau", "-5"},
            {"stats", "km", "--input", "@args.txt"},
            {"stats", "km", "@args.txt"},
            {"stats", "km", "--input", "a.csv", "--no-table", "true"},
            {"stats", "km", "--input", "a.csv", "--no-table=false"},
            {"stats", "km", "--input", "a.csv", "extra"},
            {"stats", "km", "--", "--input", "a.csv"},
            {"stats", "paired", "--input", "a.csv", "--visit-a", "0", "--visit-b", "6"},
            {"stats", "paired", "--input", "a.csv", "--param", "SLEDAI", "--visit-a", "zero", "--visit-b", "6"},
            {"stats", "km", "--input", "a\0.csv"},
        };
        for (String[] a : notPlain)
            assertThat(DirectStats.parse(a)).as(String.join(" ", a)).isNull();
        assertThat(DirectStats.parse(new String[] {"stats", "km", "--input", "a.csv", "--no-table", "--tau=-5"}))
                .isNotNull();
    }

    @Test
    void picocli_answers_what_the_direct_route_leaves() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {"stats", "km", "--input", "a.csv", "--input", "b.csv"},
                new PrintWriter(out),
                new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("should be specified only once");
        code = Main.run(new String[] {"stats", "logrank", "--help"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: msct stats logrank").contains("--strata-col=COL");
    }
}
