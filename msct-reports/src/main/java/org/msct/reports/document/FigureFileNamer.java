package org.msct.reports.document;

/**
 * Chooses the file name of each figure written next to report.md. Names must match {@code
 * [A-Za-z0-9][A-Za-z0-9._-]*\.svg} and be distinct; {@link MarkdownReport} checks both.
 */
@FunctionalInterface
public interface FigureFileNamer {
    /**
     * The file name for figure number {@code number} (1-based, document order).
     *
     * @param figure the figure being named
     */
    String fileName(int number, FigureBlock figure);

    /** "figure-1.svg", "figure-2.svg", … */
    static FigureFileNamer numbered() {
        return prefixed("figure-");
    }

    /** {@code prefix + number + ".svg"}, e.g. prefix "report-fig" gives "report-fig1.svg". */
    static FigureFileNamer prefixed(String prefix) {
        return (number, figure) -> prefix + number + ".svg";
    }
}
