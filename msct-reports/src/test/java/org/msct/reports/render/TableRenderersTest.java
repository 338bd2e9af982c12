package org.msct.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msct.reports.table.Table;
import org.msct.reports.testing.Fixtures;
import org.msct.reports.testing.Golden;
import org.msct.reports.testing.Xml;
import org.w3c.dom.Document;

class TableRenderersTest {
    private final Table table = Fixtures.baselineTable();

    @Test
    void html_matches_golden_and_is_well_formed() {
        String html = HtmlTableRenderer.render(table, "tbl-1", "Table 1");
        Golden.assertMatches(html, "baseline-table.html");
        Document doc = Xml.parse(html);
        assertThat(doc.getElementsByTagName("caption").item(0).getTextContent())
                .startsWith("Table 1. Baseline characteristics");
        assertThat(doc.getElementsByTagName("th").getLength()).isEqualTo(1 + 4 + 8);
    }

    @Test
    void markdown_matches_golden() {
        Golden.assertMatches(MarkdownTableRenderer.render(table, "Table 1"), "baseline-table.md");
    }

    @Test
    void csv_matches_golden_with_crlf_records() {
        String csv = CsvTableRenderer.render(table);
        Golden.assertMatches(csv, "baseline-table.csv");
        assertThat(csv.split("\r\n", -1)).hasSize(1 + 8 + 1);
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void json_matches_golden() {
        String json = JsonTableRenderer.render(table);
        Golden.assertMatches(json, "baseline-table.json");
        assertThat(json).contains("\"value\": 29.076923", "\"group\": \"Outcome at 12 months\"", "\"span\": 4");
    }
}
