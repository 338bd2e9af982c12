/**
 * Helpers shared by the survival estimators: a stable index sort on non-negative times and R's {@code timefix}
 * ({@code survival:::aeqSurv}) tie tolerance.
 */
@NullMarked
package org.msct.stats.survival.common;

import org.jspecify.annotations.NullMarked;
