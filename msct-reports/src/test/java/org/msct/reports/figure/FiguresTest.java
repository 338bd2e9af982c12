package org.msct.reports.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msct.reports.testing.Fixtures;
import org.msct.reports.testing.Golden;
import org.msct.reports.testing.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FiguresTest {
    private static Document svg(Chart chart, String golden) {
        String svg = chart.toSvg("fig", chart.title() + ": test figure");
        Golden.assertMatches(svg, golden);
        assertThat(chart.toSvg("fig", chart.title() + ": test figure"))
                .as("deterministic")
                .isEqualTo(svg);
        Document doc = Xml.parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("font-family")).isEqualTo("sans-serif");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(chart.title());
        return doc;
    }

    private static List<String> texts(Document doc) {
        var nodes = doc.getElementsByTagName("text");
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent())
                .toList();
    }

    @Test
    void kaplan_meier_matches_golden() {
        Document doc = svg(Fixtures.kmChart(), "km.svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("720");
        List<String> texts = texts(doc);
        // risk table: title, arm labels (legend + rows), counts at the risk times, which are also the x ticks
        assertThat(texts).contains("Number at risk", "UC-MSC (n = 12)", "BM-MSC (n = 10)", "12 months");
        assertThat(texts).containsSequence("0", "12", "24", "36", "48", "60");
        assertThat(texts).containsSequence("12", "9", "7", "5", "3", "1");
        assertThat(texts).contains("0.0", "0.2", "1.0", "Months since MSCT", "Overall survival");
        assertThat(doc.getElementsByTagName("clipPath").getLength()).isEqualTo(1);
    }

    @Test
    void cumulative_incidence_matches_golden() {
        Document doc = svg(Fixtures.incidenceChart(), "cumulative-incidence.svg");
        // highest upper band 0.7186 -> nice axis 0 .. 0.8 by 0.2
        assertThat(texts(doc)).contains("0.8").doesNotContain("1.0");
    }

    @Test
    void mean_sd_matches_golden() {
        Document doc = svg(Fixtures.meanSdChart(), "mean-sd.svg");
        List<String> texts = texts(doc);
        // UC-MSC p = NaN, 0.05, 0.004, 0.0009, 0.00049 -> "", "", "**", "***", "***";
        // BM-MSC p = NaN, 0.31, 0.049, 0.01, NaN -> "", "", "*", "*", ""
        assertThat(texts.stream().filter(t -> t.matches("\\*+"))).containsExactly("**", "***", "***", "*", "*");
        assertThat(texts).contains("Baseline", "SLEDAI-2K score (points)", "n", MeanSdPlot.STAR_KEY);
    }

    @Test
    void forest_matches_golden() {
        Document doc = svg(Fixtures.forestChart(), "forest.svg");
        // geometric means of the Gu 2014 bounds: sqrt(0.336 * 0.794) = 0.5165, sqrt(0.224 * 0.990) = 0.4709
        assertThat(texts(doc)).contains("0.52 (0.34–0.79)", "0.47 (0.22–0.99)", "1.60 (0.40–NE)", "HR (95% CI)");
        assertThat(texts(doc)).containsSequence("0.2", "0.5", "1", "2", "5");
        assertThat(doc.getElementsByTagName("path").getLength())
                .as("one arrow for the infinite bound")
                .isEqualTo(1);
    }

    @Test
    void mean_sd_with_numeric_x_and_fixed_y_range() {
        MeanSdSeries s = new MeanSdSeries(
                "Albumin", new double[] {0, 3, 6, 9, 12}, new double[] {28, 31, 34, 33, 32}, new double[] {4, 4, 5, 5, 6
                });
        MeanSdChart c = new MeanSdChart("Albumin", "Months since MSCT", "Serum albumin (g/L)", List.of(), List.of(s))
                .withYRange(0, 45);
        List<String> texts = texts(Xml.parse(c.toSvg()));
        // x: NiceScale.of(0, 12, 7): range nice(12) = 20, step nice(20 / 6 = 3.33, round) = 5 -> 0, 5, 10, 15
        // y: NiceScale.of(0, 45, 6): range nice(45) = 50, step nice(10) = 10 -> 0 .. 50, cut at the range max 45
        assertThat(texts).containsSequence("0", "10", "20", "30", "40").doesNotContain("50", "*");
        assertThat(texts).containsSequence("0", "5", "10", "15");
    }

    @Test
    void ids_are_prefixed_and_checked() {
        String svg = Fixtures.kmChart().toSvg("fig-3", "alt");
        assertThat(svg).contains("id=\"fig-3-title\"", "id=\"fig-3-desc\"", "id=\"fig-3-clip\"", "url(#fig-3-clip)");
        assertThatThrownBy(() -> Fixtures.kmChart().toSvg("3 bad", "alt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void text_is_escaped_in_svg() {
        StepCurve c = new StepCurve("<b>&|", new double[] {0, 1}, new double[] {1, 0.5});
        String svg = new KaplanMeierChart("a < b & c", "x", "y", List.of(c)).toSvg("f", "\"alt\" <desc>");
        assertThat(svg).doesNotContain("<b>").contains("&lt;b&gt;&amp;|");
        Xml.parse(svg);
    }

    @Test
    void inputs_are_validated() {
        assertThatThrownBy(() -> new StepCurve("a", new double[] {0, 2, 1}, new double[] {1, 0.9, 0.8}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-decreasing");
        assertThatThrownBy(() -> new StepCurve("a", new double[] {0}, new double[] {1.2}))
                .isInstanceOf(IllegalArgumentException.class);
        StepCurve ok = new StepCurve("a", new double[] {0, 1}, new double[] {1, 0.5});
        RiskTable one = new RiskTable(new double[] {0}, List.of(new int[] {3}));
        assertThatThrownBy(() -> new KaplanMeierChart("t", "x", "y", List.of(ok, ok)).withRiskTable(one))
                .hasMessageContaining("risk table has 1 rows for 2 curves");
        assertThatThrownBy(() -> new ForestRow("r", 0.5, 0.6, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeanSdSeries("s", new double[] {0, 1}, new double[] {1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void risk_table_from_follow_up_counts_times_at_or_after() {
        // follow-up 2, 5, 12, 12, 30: at 0 -> 5, at 12 -> 3 (12, 12, 30), at 24 -> 1, at 36 -> 0
        RiskTable rt = RiskTable.fromFollowUp(new double[] {0, 12, 24, 36}, List.of(new double[] {2, 5, 12, 12, 30}));
        assertThat(rt.counts().get(0)).containsExactly(5, 3, 1, 0);
    }

    @Test
    void step_value_before_first_time_is_the_start_value() {
        StepCurve c = new StepCurve("a", new double[] {2, 5}, new double[] {0.8, 0.5});
        assertThat(c.valueAt(1, 1)).isEqualTo(1);
        assertThat(c.valueAt(2, 1)).isEqualTo(0.8);
        assertThat(c.valueAt(4.9, 1)).isEqualTo(0.8);
        assertThat(c.valueAt(9, 1)).isEqualTo(0.5);
    }

    @Test
    void long_risk_table_labels_are_shortened_with_an_ellipsis() {
        String label = "Arm 0 with a rather long descriptive label";
        String fit = CountRows.fit(label);
        assertThat(fit).endsWith("\u2026").hasSizeLessThan(label.length());
        assertThat(label).startsWith(fit.substring(0, fit.length() - 1));
        assertThat(Axes.textWidth(fit, Axes.FONT)).isLessThanOrEqualTo(CountRows.MAX_LABEL_WIDTH);
        assertThat(CountRows.fit("UC-MSC")).isEqualTo("UC-MSC");
    }

    @Test
    void coordinates_have_at_most_two_decimals() {
        assertThat(Num.f(12.346)).isEqualTo("12.35");
        assertThat(Num.f(12.344)).isEqualTo("12.34");
        assertThat(Num.f(12.5)).isEqualTo("12.5");
        assertThat(Num.f(12.0)).isEqualTo("12");
        assertThat(Num.f(-0.001)).isEqualTo("0");
        assertThat(Num.f(-3.25)).isEqualTo("-3.25");
        assertThat(Num.f(0.05)).isEqualTo("0.05");
    }
}
