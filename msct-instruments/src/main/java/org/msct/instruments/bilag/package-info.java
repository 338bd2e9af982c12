@NullMarked
package org.msct.instruments.bilag;

import org.jspecify.annotations.NullMarked;
