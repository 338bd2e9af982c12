@NullMarked
package org.msct.stats.survival.cox;

import org.jspecify.annotations.NullMarked;
