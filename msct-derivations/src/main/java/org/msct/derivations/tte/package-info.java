/** ADTTE from event and censoring sources (admiral {@code derive_param_tte}; cdisc-terms.md §8.3). */
@NullMarked
package org.msct.derivations.tte;

import org.jspecify.annotations.NullMarked;
