@NullMarked
package org.msct.stats.paired;

import org.jspecify.annotations.NullMarked;
