/** Renderers of a {@link org.msct.reports.table.Table} to HTML, GitHub Markdown and CSV (RFC 4180), with the escaping each format needs. */
@NullMarked
package org.msct.reports.render;

import org.jspecify.annotations.NullMarked;
