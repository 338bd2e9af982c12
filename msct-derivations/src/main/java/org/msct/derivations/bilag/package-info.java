/**
 * BILAG numeric scoring schemes (clinical-definitions.md §5.5): classic BILAG A=9/B=3/C=1 (default, as the Nanjing
 * papers used it), classic 12/5/1, and BILAG-2004 12/8/1; total and renal numeric scores derived from system grades.
 */
@NullMarked
package org.msct.derivations.bilag;

import org.jspecify.annotations.NullMarked;
