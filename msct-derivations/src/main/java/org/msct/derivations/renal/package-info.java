/** Renal response (CR / PR / NR) under selectable criteria sets and renal flare after CR/PR (endpoint-rules.md §2). */
@NullMarked
package org.msct.derivations.renal;

import org.jspecify.annotations.NullMarked;
