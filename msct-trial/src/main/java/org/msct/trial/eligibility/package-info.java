/**
 * Eligibility screening: SLE classification criteria as data ({@code trial/criteria/}: ACR 1997, SLICC 2012,
 * EULAR/ACR 2019) and their {@link org.msct.trial.eligibility.ClassificationEvaluator}; the SUBJECT-DATA format
 * ({@link org.msct.trial.eligibility.SubjectDataReader}); {@link org.msct.trial.eligibility.Screening}, which
 * evaluates a protocol's criteria with three-valued logic (met, not met, missing data — never counted as met) and
 * explains each; {@link org.msct.trial.eligibility.ScreeningReport} renders the result as JSON or text.
 */
@NullMarked
package org.msct.trial.eligibility;

import org.jspecify.annotations.NullMarked;
