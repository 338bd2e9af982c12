package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/**
 * The BILAG-2004 definition loaded from a versioned file ({@code instruments/bilag-2004.v1.json}): the 97 items,
 * the grading conditions of the seven clinical systems, the renal and haematological thresholds and the numeric
 * schemes. Immutable; {@link #standard()} loads the shipped file once. Read with {@link Bilag2004DefinitionReader},
 * which validates it.
 */
public final class Bilag2004Definition {
    /** Classpath location of the shipped definition. */
    public static final String RESOURCE = "/instruments/bilag-2004.v1.json";
    /** Numeric scheme id of the BILAG-2004 weights A = 12, B = 8, C = 1, D = E = 0 (Yee 2010). */
    public static final String NUMERIC_2004 = "BILAG_2004";

    private final String id;
    private final String version;
    private final String citation;
    private final ItemDef[] items;
    private final EnumMap<BilagSystem, GradeRule[]> rules;
    private final RenalRules renal;
    private final HaemRules haem;
    private final Map<String, int[]> numeric;
    private final EnumMap<LabField, Integer> itemOfLab = new EnumMap<>(LabField.class);

    Bilag2004Definition(
            String id,
            String version,
            String citation,
            ItemDef[] items,
            EnumMap<BilagSystem, GradeRule[]> rules,
            RenalRules renal,
            HaemRules haem,
            Map<String, int[]> numeric) {
        this.id = id;
        this.version = version;
        this.citation = citation;
        this.items = items.clone();
        this.rules = new EnumMap<>(rules);
        this.renal = renal;
        this.haem = haem;
        this.numeric = Map.copyOf(numeric);
        for (int n = 1; n < this.items.length; n++) {
            LabField lab = this.items[n].lab();
            if (lab != null) itemOfLab.put(lab, n);
        }
    }

    /** The shipped definition, loaded and validated once; throws IllegalStateException if it has findings. */
    public static Bilag2004Definition standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Bilag2004Definition INSTANCE = load();

        private static Bilag2004Definition load() {
            Bilag2004DefinitionReader.Loaded loaded = Bilag2004DefinitionReader.readResource(RESOURCE);
            if (loaded.definition() == null) {
                throw new IllegalStateException("invalid BILAG-2004 definition " + RESOURCE + ": " + loaded.findings());
            }
            return loaded.definition();
        }
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String citation() {
        return citation;
    }

    /** Version tag for results, e.g. {@code bilag-2004@1.0.0}. */
    public String versionTag() {
        return id + "@" + version;
    }

    /** Item {@code number} (1–97). */
    public ItemDef item(int number) {
        if (number < 1 || number >= items.length) throw new IllegalArgumentException("no BILAG-2004 item " + number);
        return items[number];
    }

    /** Item {@code number}, or {@code null} when it is not an item number. */
    public @Nullable ItemDef itemOrNull(int number) {
        return number < 1 || number >= items.length ? null : items[number];
    }

    /** All items in number order. */
    public List<ItemDef> items() {
        return List.copyOf(Arrays.asList(items).subList(1, items.length));
    }

    /** The items of {@code system} in number order. */
    public List<ItemDef> items(BilagSystem system) {
        List<ItemDef> out = new ArrayList<>();
        for (int n = 1; n < items.length; n++) {
            if (items[n].system() == system) out.add(items[n]);
        }
        return List.copyOf(out);
    }

    /** The item number that records {@code lab}. */
    public int itemOf(LabField lab) {
        Integer n = itemOfLab.get(lab);
        if (n == null) throw new IllegalArgumentException("no item records " + lab);
        return n;
    }

    /** Rules A, B, C of a clinical system (systems 1–7), in that order. */
    GradeRule[] rules(BilagSystem system) {
        GradeRule[] r = rules.get(system);
        if (r == null) throw new IllegalArgumentException(system + " is not graded from item rules");
        return r;
    }

    public RenalRules renal() {
        return renal;
    }

    /** The haematological rules of the file; the default of {@link BilagOptions#haem()}. */
    public HaemRules haemDefaults() {
        return haem;
    }

    /** Whether a numeric scheme with this id exists. */
    public boolean hasNumericScheme(String scheme) {
        return numeric.containsKey(scheme);
    }

    /** Weight of {@code grade} in numeric scheme {@code scheme} (e.g. {@link #NUMERIC_2004}). */
    public int weight(String scheme, BilagGrade grade) {
        int[] w = numeric.get(scheme);
        if (w == null) throw new IllegalArgumentException("unknown numeric scheme " + scheme);
        return w[grade.ordinal()];
    }
}
