package org.msct.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msct.reports.table.Cell;
import org.msct.reports.table.Column;
import org.msct.reports.table.Table;
import org.msct.reports.testing.Xml;

class EscapeTest {
    private static final String NASTY = "<b>&|";

    @Test
    void html_escapes_markup_and_control_characters() {
        assertThat(Escape.html(NASTY)).isEqualTo("&lt;b&gt;&amp;|");
        assertThat(Escape.html("\"x\" 'y'")).isEqualTo("&quot;x&quot; &#39;y&#39;");
        assertThat(Escape.html("a\u0001b")).isEqualTo("a\uFFFDb");
    }

    @Test
    void markdown_escapes_pipes_stars_and_html() {
        assertThat(Escape.markdown(NASTY)).isEqualTo("&lt;b&gt;&amp;\\|");
        assertThat(Escape.markdown("12.2 ± 3.3 **")).isEqualTo("12.2 ± 3.3 \\*\\*");
        assertThat(Escape.markdown("a_b [c] `d` #e \\")).isEqualTo("a\\_b \\[c\\] \\`d\\` \\#e \\\\");
        assertThat(Escape.markdown("line1\nline2\r\nline3")).isEqualTo("line1 line2 line3");
        assertThat(Escape.markdown("- item")).isEqualTo("\\- item");
        assertThat(Escape.markdown("-1.5")).isEqualTo("-1.5");
    }

    @Test
    void csv_quotes_per_rfc_4180() {
        assertThat(Escape.csv("plain")).isEqualTo("plain");
        assertThat(Escape.csv(NASTY)).isEqualTo(NASTY);
        assertThat(Escape.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(Escape.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Escape.csv("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Escape.csv(" padded")).isEqualTo("\" padded\"");
        assertThat(Escape.csv("")).isEmpty();
    }

    @Test
    void a_nasty_cell_renders_safely_in_every_format() {
        Table t = new Table(
                NASTY,
                List.of(Column.left(NASTY), Column.right("n")),
                List.of(List.of(Cell.of(NASTY), Cell.of("a,\"b\""))),
                List.of(NASTY));
        String html = HtmlTableRenderer.render(t);
        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;&amp;|");
        Xml.parse(html);
        String md = MarkdownTableRenderer.render(t);
        assertThat(md).doesNotContain("<b>").contains("| &lt;b&gt;&amp;\\| | a,\"b\" |");
        // every table line has exactly 3 unescaped pipes
        for (String line : md.split("\n")) {
            if (line.startsWith("|"))
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|'))
                        .hasSize(3);
        }
        assertThat(CsvTableRenderer.render(t)).isEqualTo("<b>&|,n\r\n<b>&|,\"a,\"\"b\"\"\"\r\n");
    }
}
