/**
 * Validation of a loaded study bundle: small pure rules ({@link org.msct.trial.validate.Rule}, ids {@code VAL-*})
 * over {@link org.msct.trial.model.TrialData}, run by {@link org.msct.trial.validate.Validator} after the bundle
 * reader's structural checks. Import is all-or-nothing.
 */
@NullMarked
package org.msct.trial.validate;

import org.jspecify.annotations.NullMarked;
