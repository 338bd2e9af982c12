@NullMarked
package org.msct.instruments.sfi;

import org.jspecify.annotations.NullMarked;
