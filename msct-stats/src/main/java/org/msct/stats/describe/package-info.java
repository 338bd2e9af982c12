/** Descriptive statistics (mean, SD, median, quartiles) computed the way R's base functions compute them. */
@NullMarked
package org.msct.stats.describe;

import org.jspecify.annotations.NullMarked;
