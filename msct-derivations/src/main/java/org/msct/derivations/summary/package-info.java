/**
 * Counts and proportions with explicit numerators and denominators (enrolled, survivors, responders, at risk,
 * assessed), as the seed papers report them (endpoint-rules.md §7).
 */
@NullMarked
package org.msct.derivations.summary;

import org.jspecify.annotations.NullMarked;
