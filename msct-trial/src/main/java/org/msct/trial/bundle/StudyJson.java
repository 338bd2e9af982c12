package org.msct.trial.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.PlannedVisit;
import org.msct.trial.model.ProtocolRef;
import org.msct.trial.model.Site;
import org.msct.trial.model.Study;
import org.msct.trial.product.MscLot;

/**
 * {@code study.json}: the study id and title, the protocol (id + version), the sites (SITEID, name, ISO 3166-1
 * alpha-3 country), the planned visits with windows, and the MSC lots (docs/bundle-format.md §2). Problems become
 * findings on file {@code study.json} with the JSON path as the variable.
 */
final class StudyJson {
    static final String FILE = "study.json";
    static final String RULE = "BUNDLE-STUDY";

    private StudyJson() {}

    static @Nullable Study read(ObjectMapper mapper, Path path, Findings f) {
        JsonNode root;
        try {
            root = mapper.readTree(path.toFile());
        } catch (IOException e) {
            f.error(FILE, 0, null, null, RULE, "cannot read study.json: " + e.getMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            f.error(FILE, 0, null, null, RULE, "study.json must hold a JSON object");
            return null;
        }
        Fields r = new Fields(f, "");
        String studyId = r.text(root, "studyId", true);
        String title = r.text(root, "title", true);
        JsonNode p = root.get("protocol");
        ProtocolRef protocol = null;
        if (p == null || !p.isObject()) {
            f.error(FILE, 0, "protocol", null, RULE, "protocol {id, version} is required");
        } else {
            Fields pf = new Fields(f, "protocol.");
            String id = pf.text(p, "id", true);
            String version = pf.text(p, "version", true);
            if (id != null && version != null) protocol = new ProtocolRef(id, version);
        }
        List<Site> sites = new ArrayList<>();
        for (JsonNode s : r.array(root, "sites", true)) {
            Fields sf = new Fields(f, "sites[" + sites.size() + "].");
            String id = sf.text(s, "siteId", true);
            String name = sf.text(s, "name", true);
            String country = sf.text(s, "country", true);
            if (country != null && country.length() != 3) {
                f.error(FILE, 0, sf.prefix + "country", country, RULE, "country must be ISO 3166-1 alpha-3");
                country = null;
            }
            sites.add(id != null && name != null && country != null ? new Site(id, name, country) : null);
        }
        List<PlannedVisit> visits = new ArrayList<>();
        for (JsonNode v : r.array(root, "plannedVisits", false)) {
            Fields vf = new Fields(f, "plannedVisits[" + visits.size() + "].");
            Double num = vf.number(v, "visitnum", true);
            String name = vf.text(v, "visit", true);
            Double day = vf.number(v, "day", true);
            Double before = vf.number(v, "windowBefore", true);
            Double after = vf.number(v, "windowAfter", true);
            visits.add(vf.build(
                    () -> new PlannedVisit(num, name, day.intValue(), before.intValue(), after.intValue()),
                    num,
                    name,
                    day,
                    before,
                    after));
        }
        List<MscLot> lots = new ArrayList<>();
        for (JsonNode l : r.array(root, "lots", false))
            lots.add(LotJson.read(l, new Fields(f, "lots[" + lots.size() + "].")));
        if (f.hasError() || protocol == null || sites.contains(null) || visits.contains(null) || lots.contains(null)) {
            return null;
        }
        try {
            return new Study(studyId, title, protocol, sites, visits, lots);
        } catch (IllegalArgumentException e) {
            f.error(FILE, 0, null, null, RULE, e.getMessage());
            return null;
        }
    }

    static void write(JsonFactory factory, Study s, Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path);
                JsonGenerator g = factory.createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("studyId", s.studyId());
            g.writeStringField("title", s.title());
            g.writeObjectFieldStart("protocol");
            g.writeStringField("id", s.protocol().id());
            g.writeStringField("version", s.protocol().version());
            g.writeEndObject();
            g.writeArrayFieldStart("sites");
            for (Site site : s.sites()) {
                g.writeStartObject();
                g.writeStringField("siteId", site.siteId());
                g.writeStringField("name", site.name());
                g.writeStringField("country", site.country());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("plannedVisits");
            for (PlannedVisit v : s.plannedVisits()) {
                g.writeStartObject();
                g.writeFieldName("visitnum");
                g.writeNumber(Values.number(v.visitnum()));
                g.writeStringField("visit", v.visit());
                g.writeNumberField("day", v.day());
                g.writeNumberField("windowBefore", v.windowBefore());
                g.writeNumberField("windowAfter", v.windowAfter());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("lots");
            for (MscLot lot : s.lots()) LotJson.write(g, lot);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Field access with findings; {@code prefix} is the JSON path of the object. */
    static final class Fields {
        final Findings f;
        final String prefix;

        Fields(Findings f, String prefix) {
            this.f = f;
            this.prefix = prefix;
        }

        @Nullable
        String text(JsonNode o, String name, boolean required) {
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) {
                if (required) f.error(FILE, 0, prefix + name, null, RULE, "required member is missing");
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                f.error(FILE, 0, prefix + name, v.toString(), RULE, "must be a non-empty string");
                return null;
            }
            return v.asText();
        }

        @Nullable
        Double number(JsonNode o, String name, boolean required) {
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) {
                if (required) f.error(FILE, 0, prefix + name, null, RULE, "required member is missing");
                return null;
            }
            if (!v.isNumber()) {
                f.error(FILE, 0, prefix + name, v.toString(), RULE, "must be a number");
                return null;
            }
            return v.asDouble();
        }

        @Nullable
        Boolean bool(JsonNode o, String name) {
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) return null;
            if (!v.isBoolean()) {
                f.error(FILE, 0, prefix + name, v.toString(), RULE, "must be true, false or null");
                return null;
            }
            return v.asBoolean();
        }

        @Nullable
        LocalDate date(JsonNode o, String name) {
            String s = text(o, name, false);
            if (s == null) return null;
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                f.error(FILE, 0, prefix + name, s, RULE, "must be a date YYYY-MM-DD");
                return null;
            }
        }

        Map<String, Double> numbers(JsonNode o, String name) {
            Map<String, Double> out = new TreeMap<>();
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) return out;
            if (!v.isObject()) {
                f.error(FILE, 0, prefix + name, v.toString(), RULE, "must be an object of numbers");
                return out;
            }
            v.properties().forEach(e -> {
                if (e.getValue().isNumber()) out.put(e.getKey(), e.getValue().asDouble());
                else
                    f.error(
                            FILE,
                            0,
                            prefix + name + "." + e.getKey(),
                            e.getValue().toString(),
                            RULE,
                            "must be a number");
            });
            return out;
        }

        List<JsonNode> array(JsonNode o, String name, boolean required) {
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) {
                if (required) f.error(FILE, 0, prefix + name, null, RULE, "required member is missing");
                return List.of();
            }
            if (!v.isArray()) {
                f.error(FILE, 0, prefix + name, null, RULE, "must be an array");
                return List.of();
            }
            List<JsonNode> out = new ArrayList<>();
            v.forEach(out::add);
            return out;
        }

        /** Builds with {@code maker} when all {@code parts} are present; records its IllegalArgumentException. */
        <T> @Nullable T build(java.util.function.Supplier<T> maker, @Nullable Object... parts) {
            for (Object p : parts) if (p == null) return null;
            try {
                return maker.get();
            } catch (IllegalArgumentException e) {
                f.error(
                        FILE,
                        0,
                        prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
                        null,
                        RULE,
                        e.getMessage());
                return null;
            }
        }
    }
}
