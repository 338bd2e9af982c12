/**
 * Data problems as results: a {@link org.msct.trial.finding.Finding} names the file, data row, variable and value
 * that a rule objected to. Used by the study-bundle reader and by validation rules written on top of the model.
 */
@NullMarked
package org.msct.trial.finding;

import org.jspecify.annotations.NullMarked;
