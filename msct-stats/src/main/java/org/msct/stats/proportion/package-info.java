@NullMarked
package org.msct.stats.proportion;

import org.jspecify.annotations.NullMarked;
