package org.msct.trial.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The chosen setting of every option of one protocol.
 *
 * @param values option id → chosen value, in the protocol's option order
 */
public record OptionSettings(Map<String, String> values) {
    public OptionSettings {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Every option at its default. */
    public static OptionSettings defaults(Protocol p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ProtocolOption o : p.options()) m.put(o.id(), o.defaultChoice());
        return new OptionSettings(m);
    }

    /**
     * The defaults with {@code overrides} applied.
     *
     * @throws IllegalArgumentException naming the option or value and what is allowed, when an override names an
     *     unknown option or a value that is not one of its choices
     */
    public static OptionSettings of(Protocol p, Map<String, String> overrides) {
        Map<String, String> m = new LinkedHashMap<>(defaults(p).values());
        for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
            ProtocolOption o = p.option(e.getKey()).orElse(null);
            if (o == null) {
                throw new IllegalArgumentException("protocol " + p.id() + " has no option '" + e.getKey()
                        + "'; options: "
                        + String.join(
                                ", ",
                                p.options().stream().map(ProtocolOption::id).toList()));
            }
            if (!o.allows(e.getValue())) {
                throw new IllegalArgumentException("option " + o.id() + " of protocol " + p.id() + " has no choice '"
                        + e.getValue() + "'; allowed: " + String.join(", ", o.values()));
            }
            m.put(o.id(), e.getValue());
        }
        return new OptionSettings(m);
    }

    /** The same settings with {@code option} set to {@code value} (not checked against a protocol). */
    public OptionSettings with(String option, String value) {
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(Objects.requireNonNull(option), Objects.requireNonNull(value));
        return new OptionSettings(m);
    }

    /** Whether an element with this {@code when} applies: always when null. */
    public boolean active(@Nullable When when) {
        return when == null || when.in().contains(values.get(when.option()));
    }

    public @Nullable String get(String option) {
        return values.get(option);
    }
}
