package org.msct.cli.stats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The options of one stats method as {@link DirectStats} reads them: name, kind, whether required, and where the
 * value goes. Each method declares them beside its picocli {@code @Option} fields; DirectStatsTest keeps the two
 * declarations equal (names, kinds, required) and the two routes' outputs identical.
 */
final class DirectOptions {
    enum Kind {
        /** a string, kept as given */
        TEXT,
        /** a file path ({@code Path.of}, as picocli converts) */
        PATH,
        /** a double ({@code Double.valueOf}, as picocli converts) */
        NUMBER,
        /** a boolean with arity 0..1 given without a value: sets true */
        FLAG
    }

    /**
     * @param set takes the value; throws when picocli would not accept it (the direct route then hands the command
     *     line to picocli, which words the error)
     */
    record Option(String name, Kind kind, boolean required, Consumer<String> set) {}

    private final Map<String, Option> byName = new LinkedHashMap<>();

    void text(String name, Consumer<String> set) {
        add(new Option(name, Kind.TEXT, false, set));
    }

    void requiredText(String name, Consumer<String> set) {
        add(new Option(name, Kind.TEXT, true, set));
    }

    void path(String name, Consumer<Path> set) {
        add(new Option(name, Kind.PATH, false, v -> set.accept(Path.of(v))));
    }

    void number(String name, DoubleConsumer set) {
        add(new Option(name, Kind.NUMBER, false, v -> set.accept(Double.parseDouble(v))));
    }

    void requiredNumber(String name, DoubleConsumer set) {
        add(new Option(name, Kind.NUMBER, true, v -> set.accept(Double.parseDouble(v))));
    }

    void flag(String name, Runnable set) {
        add(new Option(name, Kind.FLAG, false, v -> set.run()));
    }

    private void add(Option o) {
        if (byName.putIfAbsent(o.name(), o) != null) throw new IllegalStateException("option declared twice: " + o);
    }

    Option get(String name) {
        return byName.get(name);
    }

    Map<String, Option> all() {
        return byName;
    }
}
