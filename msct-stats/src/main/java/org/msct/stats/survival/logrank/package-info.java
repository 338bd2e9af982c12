@NullMarked
package org.msct.stats.survival.logrank;

import org.jspecify.annotations.NullMarked;
