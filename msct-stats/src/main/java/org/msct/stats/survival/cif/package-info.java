@NullMarked
package org.msct.stats.survival.cif;

import org.jspecify.annotations.NullMarked;
