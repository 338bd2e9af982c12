package org.msct.trial.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;
import org.msct.trial.protocol.CriteriaFiles;
import org.msct.trial.protocol.Provenance;
import org.msct.trial.protocol.SourceBlock;

/**
 * An SLE classification criteria set as data ({@code trial/criteria/<id>.v1.json}): ACR 1997 (≥ 4 of 11), SLICC 2012
 * (≥ 4 with ≥ 1 clinical and ≥ 1 immunologic, or biopsy-proven LN with ANA or anti-dsDNA), EULAR/ACR 2019 (ANA ≥ 1:80
 * entry, highest weight per domain, ≥ 10 points with ≥ 1 clinical). Source: shared/spec/clinical-definitions.md §7.1.
 *
 * @param id set id, e.g. {@code slicc-2012}
 * @param version file version
 * @param name readable name
 * @param source citations
 * @param remarks how the set is read, including missing-data handling
 * @param provenance how the set is known
 * @param items the criteria (items) the subject data reports as met / not met
 * @param rule the decision rule
 */
public record ClassificationCriteria(
        String id,
        String version,
        String name,
        SourceBlock source,
        List<String> remarks,
        Provenance provenance,
        List<Item> items,
        ClassificationRule rule) {
    public ClassificationCriteria {
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Kind of item. */
    public enum Group {
        /** Entry criterion (EULAR/ACR 2019 ANA), required before points count. */
        ENTRY,
        CLINICAL,
        IMMUNOLOGIC,
        /** Stand-alone route (SLICC biopsy-proven LN), not counted among the criteria. */
        STANDALONE
    }

    /**
     * One criterion of the set.
     *
     * @param code UPPER_SNAKE code used in subject data
     * @param group its kind
     * @param domain weighted sets: the domain within which only the highest weight counts
     * @param weight weighted sets: points
     * @param label readable criterion
     */
    public record Item(String code, Group group, @Nullable String domain, @Nullable Integer weight, String label) {}

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return items.stream().map(Item::code).toList();
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Map<String, ClassificationCriteria> SHIPPED = loadShipped();

    /**
     * A shipped set by id.
     *
     * @throws IllegalArgumentException for an unknown id, naming the allowed ids
     */
    public static ClassificationCriteria get(String id) {
        ClassificationCriteria c = SHIPPED.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown classification criteria set '" + id + "'; allowed: "
                    + String.join(", ", CriteriaFiles.CLASSIFICATION.keySet()));
        }
        return c;
    }

    private static Map<String, ClassificationCriteria> loadShipped() {
        Map<String, ClassificationCriteria> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : CriteriaFiles.CLASSIFICATION.entrySet()) {
            Loaded l = read(e.getValue());
            if (l.criteria() == null) throw new IllegalStateException(e.getValue() + " is invalid: " + l.findings());
            m.put(e.getKey(), l.criteria());
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * A file read and validated.
     *
     * @param criteria the set, or null when there is an error
     * @param findings every problem (rule ids CLS-001 unreadable, CLS-002 invalid content)
     */
    public record Loaded(@Nullable ClassificationCriteria criteria, List<Finding> findings) {
        public Loaded {
            findings = List.copyOf(findings);
        }
    }

    /** Reads a shipped file by file name (e.g. {@code acr-1997.v1.json}). */
    public static Loaded read(String file) {
        try (InputStream in = ClassificationCriteria.class.getResourceAsStream(CriteriaFiles.FOLDER + file)) {
            if (in == null)
                return new Loaded(null, List.of(Finding.error(file, null, null, "CLS-001", "resource not found")));
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            return new Loaded(
                    null, List.of(Finding.error(file, null, null, "CLS-001", "cannot read: " + e.getMessage())));
        }
    }

    /** Parses and validates criteria JSON text. */
    public static Loaded parse(String json, String file) {
        ClassificationCriteria c;
        try {
            c = MAPPER.readValue(json, ClassificationCriteria.class);
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage() == null
                    ? e.toString()
                    : e.getOriginalMessage().replaceAll("\\s+", " ");
            return new Loaded(null, List.of(Finding.error(file, null, null, "CLS-001", m)));
        }
        List<Finding> f = c.validate(file);
        return new Loaded(f.isEmpty() ? c : null, f);
    }

    /** CLS-002 findings: header, item codes, weights of weighted sets, references of the rule to items. */
    public List<Finding> validate(String file) {
        List<Finding> f = new ArrayList<>();
        if (blank(id)) f.add(bad(file, "id", null, "required"));
        else if (!(file.startsWith(id + ".v"))) f.add(bad(file, "id", id, "file name must be <id>.v<major>.json"));
        if (blank(version)) f.add(bad(file, "version", null, "required"));
        if (blank(name)) f.add(bad(file, "name", null, "required"));
        if (source == null || source.citations().isEmpty()) f.add(bad(file, "source.citations", null, "required"));
        if (remarks.isEmpty()) f.add(bad(file, "remarks", null, "required"));
        if (provenance == null || provenance.tag() == null) f.add(bad(file, "provenance.tag", null, "required"));
        if (items.isEmpty()) f.add(bad(file, "items", null, "required"));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String p = "items[" + i + "]";
            if (it.code() == null || !CODE.matcher(it.code()).matches())
                f.add(bad(file, p + ".code", it.code(), "UPPER_SNAKE code required"));
            else if (!codes.add(it.code())) f.add(bad(file, p + ".code", it.code(), "duplicate code"));
            if (it.group() == null) f.add(bad(file, p + ".group", null, "required"));
            if (blank(it.label())) f.add(bad(file, p + ".label", null, "required"));
        }
        if (rule == null) f.add(bad(file, "rule", null, "required"));
        else rule(rule, "rule", codes, file, f);
        return f;
    }

    private void rule(ClassificationRule r, String p, Set<String> codes, String file, List<Finding> f) {
        switch (r) {
            case ClassificationRule.Count c -> {
                if (c.min() == null || c.min() < 1)
                    f.add(bad(file, p + ".min", String.valueOf(c.min()), "min must be >= 1"));
                for (String k : c.items()) if (!codes.contains(k)) f.add(bad(file, p + ".items", k, "no such item"));
            }
            case ClassificationRule.Item i -> {
                if (!codes.contains(i.code())) f.add(bad(file, p + ".code", i.code(), "no such item"));
            }
            case ClassificationRule.All a -> {
                if (a.of().isEmpty()) f.add(bad(file, p + ".of", null, "empty"));
                for (int j = 0; j < a.of().size(); j++) rule(a.of().get(j), p + ".of[" + j + "]", codes, file, f);
            }
            case ClassificationRule.Any a -> {
                if (a.of().isEmpty()) f.add(bad(file, p + ".of", null, "empty"));
                for (int j = 0; j < a.of().size(); j++) rule(a.of().get(j), p + ".of[" + j + "]", codes, file, f);
            }
            case ClassificationRule.Weighted w -> {
                Optional<Item> entry = w.entry() == null ? Optional.empty() : item(w.entry());
                if (entry.isEmpty() || entry.get().group() != Group.ENTRY) {
                    f.add(bad(file, p + ".entry", w.entry(), "entry must name an item of group ENTRY"));
                }
                if (w.minPoints() == null || w.minPoints() < 1)
                    f.add(bad(file, p + ".minPoints", String.valueOf(w.minPoints()), "must be >= 1"));
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    if (it.group() == Group.ENTRY || it.group() == Group.STANDALONE) continue;
                    if (blank(it.domain()) || it.weight() == null || it.weight() < 1) {
                        f.add(bad(
                                file,
                                "items[" + i + "]",
                                it.code(),
                                "a weighted set needs domain and weight >= 1 on every scored item"));
                    }
                }
            }
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static Finding bad(String file, String variable, @Nullable String value, String message) {
        return Finding.error(file, variable, value, "CLS-002", message);
    }
}
