/**
 * Binomial proportions (six intervals, exact test, two-arm difference with chi-square and Fisher tests) and McNemar's
 * test for paired binary data, matching R's binom.test, prop.test, fisher.test and mcnemar.test; see {@link
 * org.msct.stats.proportion.BinomReport} and {@link org.msct.stats.proportion.McNemarReport}.
 */
@NullMarked
package org.msct.stats.proportion;

import org.jspecify.annotations.NullMarked;
