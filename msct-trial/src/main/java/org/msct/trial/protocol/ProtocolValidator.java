package org.msct.trial.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;

/**
 * Checks a parsed protocol and returns every problem as a {@link Finding}; never throws for bad content. Rules:
 *
 * <ul>
 *   <li>PRT-001 the file is not readable JSON of the protocol shape (unknown member, wrong type, unknown enum value)
 *   <li>PRT-002 a required member is missing or empty
 *   <li>PRT-003 id, version or file name malformed or inconsistent ({@code <id>.v<major>.json})
 *   <li>PRT-004 provenance missing its tag, an inference without its reasoning, or a source ref that
 *       {@code source.citations} does not define (not checked when there are no citations: PRT-002 says so)
 *   <li>PRT-010 criterion code is not a valid SDTM IETESTCD (≤ 8 letters, digits, underscores; no leading digit)
 *   <li>PRT-011 two criteria with the same code apply under one option setting
 *   <li>PRT-012 unknown condition type
 *   <li>PRT-013 a condition's threshold is impossible or inconsistent (see {@link ConditionValidator})
 *   <li>PRT-014 unknown classification criteria set
 *   <li>PRT-020 {@code when} names an option that does not exist
 *   <li>PRT-021 {@code when} lists a value that is not a choice of its option
 *   <li>PRT-022 option malformed: duplicate id, fewer than two choices, duplicate choice, default not a choice
 *   <li>PRT-023 (warning) option not referenced by any {@code when}
 *   <li>PRT-03x visit schedule (see {@link ScheduleValidator})
 *   <li>PRT-04x regimen (see {@link ScheduleValidator})
 *   <li>PRT-05x endpoints (see {@link ScheduleValidator})
 * </ul>
 *
 * Checks that depend on options (unique codes, one release specification, visits) are made under every combination of
 * option settings.
 */
public final class ProtocolValidator {
    private ProtocolValidator() {}

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern IETESTCD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,7}");
    private static final int MAX_COMBINATIONS = 4096;

    /** Validates {@code p} read from {@code file}. */
    public static List<Finding> validate(Protocol p, String file) {
        Ctx c = new Ctx(file);
        header(p, c);
        options(p, c);
        if (p.eligibility() == null) {
            c.missing("eligibility");
        } else {
            c.required(p.eligibility().definition(), "eligibility.definition");
            if (p.eligibility().criteria().isEmpty()) c.missing("eligibility.criteria");
            for (int i = 0; i < p.eligibility().criteria().size(); i++) {
                criterion(p.eligibility().criteria().get(i), "eligibility.criteria[" + i + "]", c);
            }
        }
        ScheduleValidator.regimen(p.regimen(), c);
        ScheduleValidator.visits(p.visits(), c);
        ScheduleValidator.endpoints(p.endpoints(), c);
        if (c.findings.stream().noneMatch(Finding::isError)) perSetting(p, c);
        return List.copyOf(c.findings);
    }

    private static void header(Protocol p, Ctx c) {
        if (c.required(p.id(), "id") && !ID.matcher(p.id()).matches()) {
            c.error("id", p.id(), "PRT-003", "id must be kebab-case: lower-case letters and digits separated by '-'");
        }
        Integer major = null;
        if (c.required(p.version(), "version")) {
            var m = VERSION.matcher(p.version());
            if (m.matches()) major = Integer.valueOf(m.group(1));
            else c.error("version", p.version(), "PRT-003", "version must be MAJOR.MINOR.PATCH, e.g. 1.0.0");
        }
        if (p.id() != null && major != null) {
            String expected = p.id() + ".v" + major + ".json";
            String name = c.file.substring(c.file.lastIndexOf('/') + 1);
            if (!name.equals(expected)) {
                c.error(
                        "id",
                        p.id(),
                        "PRT-003",
                        "file name '" + name + "' does not match id and version: expected '" + expected + "'");
            }
        }
        c.required(p.title(), "title");
        if (p.remarks().isEmpty()) c.missing("remarks");
        if (p.source() == null || p.source().citations().isEmpty()) {
            c.missing("source.citations");
        } else {
            for (int i = 0; i < p.source().citations().size(); i++) {
                Citation ci = p.source().citations().get(i);
                String path = "source.citations[" + i + "]";
                if (c.required(ci.ref(), path + ".ref") && !c.refs.add(ci.ref())) {
                    c.error(path + ".ref", ci.ref(), "PRT-004", "duplicate source ref");
                }
                c.required(ci.citation(), path + ".citation");
            }
        }
        if (p.design() == null) {
            c.missing("design");
        } else {
            c.required(p.design().description(), "design.description");
            if (p.design().enrolled() == null || p.design().enrolled() < 1) {
                c.error("design.enrolled", str(p.design().enrolled()), "PRT-002", "enrolled must be a positive count");
            }
            c.provenance(p.design().provenance(), "design.provenance");
        }
    }

    private static void options(Protocol p, Ctx c) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.options().size(); i++) {
            ProtocolOption o = p.options().get(i);
            String path = "options[" + i + "]";
            if (!c.required(o.id(), path + ".id")) continue;
            if (!ids.add(o.id())) c.error(path + ".id", o.id(), "PRT-022", "duplicate option id");
            c.required(o.description(), path + ".description");
            c.required(o.rationale(), path + ".rationale");
            c.provenance(o.provenance(), path + ".provenance");
            if (o.choices().size() < 2)
                c.error(path + ".choices", null, "PRT-022", "an option needs at least two choices");
            Set<String> values = new HashSet<>();
            for (int j = 0; j < o.choices().size(); j++) {
                ProtocolOption.Choice ch = o.choices().get(j);
                String cp = path + ".choices[" + j + "]";
                if (c.required(ch.value(), cp + ".value") && !values.add(ch.value())) {
                    c.error(cp + ".value", ch.value(), "PRT-022", "duplicate choice");
                }
                c.required(ch.description(), cp + ".description");
                c.provenance(ch.provenance(), cp + ".provenance");
            }
            if (c.required(o.defaultChoice(), path + ".default") && !o.allows(o.defaultChoice())) {
                c.error(
                        path + ".default",
                        o.defaultChoice(),
                        "PRT-022",
                        "default is not one of the choices " + o.values());
            }
            c.options.put(o.id(), o);
        }
    }

    private static void criterion(Criterion cr, String path, Ctx c) {
        if (c.required(cr.code(), path + ".code")
                && !IETESTCD.matcher(cr.code()).matches()) {
            c.error(
                    path + ".code",
                    cr.code(),
                    "PRT-010",
                    "not a valid IETESTCD: at most 8 letters, digits or underscores, not starting with a digit");
        }
        if (cr.category() == null) c.missing(path + ".category");
        c.required(cr.text(), path + ".text");
        c.provenance(cr.provenance(), path + ".provenance");
        c.when(cr.when(), path + ".when");
        if (cr.condition() == null) c.missing(path + ".condition");
        else ConditionValidator.check(cr.condition(), path + ".condition", c);
    }

    /** Checks that need the elements active under each combination of option settings. */
    private static void perSetting(Protocol p, Ctx c) {
        List<OptionSettings> all = combinations(p);
        Set<String> reported = new HashSet<>();
        for (OptionSettings s : all) {
            Set<String> codes = new HashSet<>();
            for (Criterion cr : p.criteria(s)) {
                if (!codes.add(cr.code()) && reported.add("crit " + cr.code())) {
                    c.error(
                            "eligibility.criteria",
                            cr.code(),
                            "PRT-011",
                            "two criteria with code " + cr.code() + " apply under options " + s.values());
                }
            }
            ScheduleValidator.perSetting(p, s, c, reported);
        }
        Set<String> used = new HashSet<>();
        p.eligibility().criteria().forEach(x -> use(x.when(), used));
        p.regimen().infusions().forEach(x -> use(x.when(), used));
        p.regimen().conditioning().forEach(x -> use(x.when(), used));
        p.regimen().release().forEach(x -> use(x.when(), used));
        p.visits().forEach(x -> use(x.when(), used));
        p.endpoints().forEach(x -> use(x.when(), used));
        for (ProtocolOption o : p.options()) {
            if (!used.contains(o.id())) {
                c.warning("options", o.id(), "PRT-023", "option " + o.id() + " is not referenced by any 'when'");
            }
        }
    }

    private static void use(@Nullable When w, Set<String> used) {
        if (w != null) used.add(w.option());
    }

    /** Every combination of option settings (the defaults first); capped at 4096. */
    static List<OptionSettings> combinations(Protocol p) {
        List<OptionSettings> out = new ArrayList<>();
        out.add(p.defaults());
        List<Map<String, String>> acc = new ArrayList<>();
        acc.add(new LinkedHashMap<>());
        for (ProtocolOption o : p.options()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> m : acc) {
                for (String v : o.values()) {
                    if (next.size() >= MAX_COMBINATIONS) break;
                    Map<String, String> n = new LinkedHashMap<>(m);
                    n.put(o.id(), v);
                    next.add(n);
                }
            }
            acc = next;
        }
        for (Map<String, String> m : acc) out.add(new OptionSettings(m));
        return out;
    }

    static @Nullable String str(@Nullable Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /** Validation state: the file, the findings so far, the citation refs and the options. */
    static final class Ctx {
        final String file;
        final List<Finding> findings = new ArrayList<>();
        final Set<String> refs = new HashSet<>();
        final Map<String, ProtocolOption> options = new LinkedHashMap<>();

        Ctx(String file) {
            this.file = file;
        }

        void error(@Nullable String variable, @Nullable String value, String rule, String message) {
            findings.add(Finding.error(file, variable, value, rule, message));
        }

        void warning(@Nullable String variable, @Nullable String value, String rule, String message) {
            findings.add(Finding.warning(file, variable, value, rule, message));
        }

        void missing(String path) {
            error(path, null, "PRT-002", "required member is missing or empty");
        }

        /** True when {@code s} is a non-blank string; otherwise records PRT-002. */
        boolean required(@Nullable String s, String path) {
            if (s == null || s.isBlank()) {
                missing(path);
                return false;
            }
            return true;
        }

        boolean requiredNumber(@Nullable Number n, String path) {
            if (n == null) {
                missing(path);
                return false;
            }
            return true;
        }

        void provenance(@Nullable Provenance p, String path) {
            if (p == null) {
                missing(path);
                return;
            }
            if (p.tag() == null)
                error(
                        path + ".tag",
                        null,
                        "PRT-004",
                        "provenance needs a tag: verified," + " verified-secondary, recalled or inferred");
            for (String s : p.sources()) {
                if (!refs.isEmpty() && !refs.contains(s)) {
                    error(path + ".sources", s, "PRT-004", "source ref " + s + " is not defined in source.citations");
                }
            }
            if (p.tag() == ProvenanceTag.INFERRED
                    && (p.note() == null || p.note().isBlank())) {
                error(path + ".note", null, "PRT-004", "an inferred element must give its reasoning in the note");
            }
        }

        void when(@Nullable When w, String path) {
            if (w == null) return;
            if (!required(w.option(), path + ".option")) return;
            ProtocolOption o = options.get(w.option());
            if (o == null) {
                error(
                        path + ".option",
                        w.option(),
                        "PRT-020",
                        "no option '" + w.option() + "'; options: " + String.join(", ", options.keySet()));
                return;
            }
            if (w.in().isEmpty()) missing(path + ".in");
            for (String v : w.in()) {
                if (!o.allows(v)) {
                    error(
                            path + ".in",
                            v,
                            "PRT-021",
                            "'" + v + "' is not a choice of option " + o.id() + "; allowed: "
                                    + String.join(", ", o.values()));
                }
            }
        }
    }
}
