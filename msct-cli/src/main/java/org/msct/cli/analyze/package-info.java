/**
 * {@code msct analyze}: reads a study bundle, maps it to the derivation inputs, derives ADaM datasets, runs the
 * statistics of msct-stats and writes results.json, report.html and report.md (+ SVG figures).
 */
@NullMarked
package org.msct.cli.analyze;

import org.jspecify.annotations.NullMarked;
