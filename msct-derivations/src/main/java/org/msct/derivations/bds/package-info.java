/**
 * BDS datasets for labs and instrument scores (cdisc-terms.md §8.2): analysis visits by planned windows, baseline,
 * change and percent change, analysis flags, and BILAG numeric scores derived from system grades.
 */
@NullMarked
package org.msct.derivations.bds;

import org.jspecify.annotations.NullMarked;
