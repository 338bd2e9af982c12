/**
 * Kidney-function equations (instruments.md §7): CKD-EPI 2021 and 2009, MDRD 175/186, Cockcroft–Gault, bedside and
 * quadratic Schwartz, via {@link org.msct.instruments.renal.Egfr}; coefficients in {@code instruments/egfr.v1.json}.
 */
@NullMarked
package org.msct.instruments.renal;

import org.jspecify.annotations.NullMarked;
