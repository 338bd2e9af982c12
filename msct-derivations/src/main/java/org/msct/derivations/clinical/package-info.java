/**
 * Clinical response MCR / PCR (BILAG-based, endpoint-rules.md §1), relapse after a response, and complete / partial
 * clinical remission of the long-term study (endpoint-rules.md §3).
 */
@NullMarked
package org.msct.derivations.clinical;

import org.jspecify.annotations.NullMarked;
