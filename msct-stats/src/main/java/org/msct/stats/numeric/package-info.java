/** Numerical procedures mirrored step by step from R where R's own iterates are the reported digits. */
@NullMarked
package org.msct.stats.numeric;

import org.jspecify.annotations.NullMarked;
