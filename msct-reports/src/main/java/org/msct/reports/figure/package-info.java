/** Hand-written, deterministic SVG figures: Kaplan-Meier and cumulative-incidence step plots, mean ± SD over visits and forest plots. Inputs are plain records of arrays and labels; the statistics are computed elsewhere (msct-stats). */
@NullMarked
package org.msct.reports.figure;

import org.jspecify.annotations.NullMarked;
