package org.msct.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A report: study id, title, subtitle and sections. Tables and figures are numbered in document order by the
 * renderers ({@link HtmlReport}, {@link MarkdownReport}).
 *
 * @param studyId the study identifier shown in the header (e.g. "MSCT-LN-2014"), may be empty
 * @param title the report title
 * @param subtitle a subtitle (population, data cut), may be empty
 * @param sections the sections, in order
 */
public record ReportDocument(String studyId, String title, String subtitle, List<Section> sections) {
    public ReportDocument {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        sections = List.copyOf(sections);
    }

    /** A report without study id. */
    public ReportDocument(String title, String subtitle, List<Section> sections) {
        this("", title, subtitle, sections);
    }
}
