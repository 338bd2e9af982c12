/** Table model (titles, columns, cells, spanning header groups, footnotes) and {@link org.msct.reports.table.Fmt}, the number formatting shared by every renderer. */
@NullMarked
package org.msct.reports.table;

import org.jspecify.annotations.NullMarked;
