package org.msct.reports.document;

/** A piece of a {@link Section}, rendered in order: a paragraph, a table or a figure. */
public sealed interface Block permits Paragraph, TableBlock, FigureBlock {}
