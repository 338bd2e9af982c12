/**
 * A small typed analysis dataset ({@link org.msct.derivations.dataset.Dataset}: variables with define-style metadata,
 * immutable rows) and its writers: CSV, CDISC Dataset-JSON 1.1 (shared/spec/cdisc-terms.md §7) and a define-style
 * variable list.
 */
@NullMarked
package org.msct.derivations.dataset;

import org.jspecify.annotations.NullMarked;
