/** SLEDAI-2K (definition, scorer, clinical score, lab derivation), S2K RI-50 and the PGA; also the shared definition-reading helpers (thresholds, lab rules, findings). Reference: shared/spec/instruments.md §1-§3. */
@NullMarked
package org.msct.instruments.sledai;

import org.jspecify.annotations.NullMarked;
