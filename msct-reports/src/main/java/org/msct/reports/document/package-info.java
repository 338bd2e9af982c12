/** A report document (sections of paragraphs, tables and figures) and its HTML (one self-contained file) and Markdown (text plus SVG files) renderings. */
@NullMarked
package org.msct.reports.document;

import org.jspecify.annotations.NullMarked;
