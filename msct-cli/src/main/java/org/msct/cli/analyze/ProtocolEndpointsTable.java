package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.reports.document.Block;
import org.msct.reports.document.Paragraph;
import org.msct.reports.document.Section;
import org.msct.reports.document.TableBlock;
import org.msct.reports.table.Cell;
import org.msct.reports.table.Column;
import org.msct.reports.table.Fmt;
import org.msct.reports.table.Table;
import org.msct.trial.protocol.Endpoint.Target;

/** The report section "Protocol endpoints": msct's value beside the published target, one row per time point. */
final class ProtocolEndpointsTable {
    private ProtocolEndpointsTable() {}

    static Section section(Results.ProtocolSection s) {
        List<Block> blocks = new ArrayList<>();
        if (!s.note().isEmpty()) {
            blocks.add(new Paragraph(s.note()));
            return new Section("Protocol endpoints", blocks);
        }
        blocks.add(new Paragraph("Protocol " + s.protocolId() + " (version " + s.protocolVersion()
                + "), every endpoint under its default definition (" + s.definitionsFile()
                + "). Targets are the published numbers with their provenance tag."));
        List<List<Cell>> rows = new ArrayList<>();
        for (Results.ProtocolEndpoint e : s.endpoints()) {
            String head = e.id() + ": " + e.label();
            String def = e.definition() + " (" + e.aggregation().toLowerCase(java.util.Locale.ROOT) + ", "
                    + e.denominator().toLowerCase(java.util.Locale.ROOT) + ")";
            if (e.values().isEmpty()) {
                rows.add(List.of(
                        Cell.of(head),
                        Cell.of(def),
                        Cell.empty(),
                        Cell.of(e.status() + ": " + e.reason()),
                        Cell.empty(),
                        Cell.empty()));
                continue;
            }
            boolean first = true;
            for (Results.ProtocolValue v : e.values()) {
                String time = (Double.isFinite(v.atMonth()) ? "M" + Fmt.num(v.atMonth(), 0) : "")
                        + (v.label().isEmpty() ? "" : " " + v.label());
                rows.add(List.of(
                        Cell.of(first ? head : ""),
                        Cell.of(first ? def : ""),
                        Cell.of(time.trim()),
                        Cell.of(value(v.value())),
                        Cell.of(ci(v.value())),
                        Cell.of(target(v.target()))));
                first = false;
            }
            if (!e.reason().isEmpty())
                rows.add(List.of(
                        Cell.empty(),
                        Cell.empty(),
                        Cell.empty(),
                        Cell.of(e.status() + ": " + e.reason()),
                        Cell.empty(),
                        Cell.empty()));
        }
        blocks.add(new TableBlock(new Table(
                "Protocol endpoints",
                List.of(
                        Column.left("Endpoint"),
                        Column.left("Definition"),
                        Column.left("Time"),
                        Column.right("msct"),
                        Column.right("95% CI"),
                        Column.right("Published (provenance)")),
                rows,
                List.of(
                        "Proportions n/N (%) with exact Clopper-Pearson 95% CIs; Kaplan-Meier estimates in %; changes"
                                + " from baseline as baseline mean ± SD → visit mean ± SD (complete cases), paired t p.",
                        "not-computable: the bundle lacks a domain or parameter; not-implemented: msct has no"
                                + " derivation for the definition yet."))));
        return new Section("Protocol endpoints", blocks);
    }

    private static String value(Results.Value v) {
        return switch (v) {
            case Results.Prop p -> Fmt.countPct(p.numerator(), p.denominator());
            case Results.Km k -> Fmt.pct(k.estimate(), 1) + " (n = " + k.n() + ", at risk " + k.nRisk() + ")";
            case Results.Change c -> Fmt.meanSd(c.baselineMean(), c.baselineSd(), 2) + " → "
                    + Fmt.meanSd(c.mean(), c.sd(), 2) + " (n = " + c.n()
                    + (Double.isFinite(c.tP()) ? ", p = " + Fmt.p(c.tP()) + Fmt.stars(c.tP()) : "") + ")";
        };
    }

    private static String ci(Results.Value v) {
        return switch (v) {
            case Results.Prop p -> Double.isFinite(p.lower()) ? Fmt.range(100 * p.lower(), 100 * p.upper(), 1) : "";
            case Results.Km k -> Double.isFinite(k.lower()) ? Fmt.range(100 * k.lower(), 100 * k.upper(), 1) : "";
            case Results.Change c -> "";
        };
    }

    private static String target(@Nullable Target t) {
        if (t == null) return "";
        String s;
        if (t.mean() != null)
            s = (t.baselineMean() != null ? Fmt.meanSd(t.baselineMean(), nz(t.baselineSd()), 2) + " → " : "")
                    + Fmt.meanSd(t.mean(), nz(t.sd()), 2)
                    + (t.n() != null ? " (n = " + t.n() + ")" : "");
        else if (t.numerator() != null && t.denominator() != null)
            s = t.numerator() + "/" + t.denominator()
                    + (t.percent() != null ? " (" + Fmt.num(t.percent(), 1) + "%)" : "");
        else if (t.percent() != null) s = Fmt.num(t.percent(), 1) + "%";
        else s = "";
        String tag = t.provenance().tag() == null ? "" : t.provenance().tag().json();
        return s + (tag.isEmpty() ? "" : " [" + tag + "]");
    }

    private static double nz(@Nullable Double x) {
        return x == null ? Double.NaN : x;
    }
}
