/** ADSL: one row per subject with population flags, dates and baseline characteristics (cdisc-terms.md §8.1). */
@NullMarked
package org.msct.derivations.adsl;

import org.jspecify.annotations.NullMarked;
