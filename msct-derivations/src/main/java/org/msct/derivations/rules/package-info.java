/**
 * Structured conditions of response, flare, relapse and remission definitions (the data side of "definitions are
 * data"): a sealed {@link org.msct.derivations.rules.Condition} tree evaluated in three-valued logic, rule sets read
 * from versioned JSON files with every problem reported as a finding.
 */
@NullMarked
package org.msct.derivations.rules;

import org.jspecify.annotations.NullMarked;
