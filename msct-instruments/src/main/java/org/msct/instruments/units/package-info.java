@NullMarked
package org.msct.instruments.units;

import org.jspecify.annotations.NullMarked;
