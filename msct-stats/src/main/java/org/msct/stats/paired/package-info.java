/**
 * Paired comparisons of one parameter at two visits (paired t, Wilcoxon signed-rank with its normal and exact null
 * distributions, Hodges-Lehmann), matching R's t.test, wilcox.test, exactRankTests and coin; see {@link
 * org.msct.stats.paired.PairedReport}.
 */
@NullMarked
package org.msct.stats.paired;

import org.jspecify.annotations.NullMarked;
