/**
 * Study bundles: a folder of SDTMIG 3.4 datasets (DM, SV, VS, EX, SUPPEX, LB, QS, CM, MH, AE, DS) as CSV or CDISC
 * Dataset-JSON 1.1, plus {@code study.json}. {@link org.msct.trial.bundle.BundleReader} imports all-or-nothing with
 * findings, {@link org.msct.trial.bundle.BundleWriter} exports, {@link org.msct.trial.bundle.SyntheticBundle} makes
 * test and benchmark data. Format: docs/bundle-format.md.
 */
@NullMarked
package org.msct.trial.bundle;

import org.jspecify.annotations.NullMarked;
