@NullMarked
package org.msct.stats.survival.km;

import org.jspecify.annotations.NullMarked;
