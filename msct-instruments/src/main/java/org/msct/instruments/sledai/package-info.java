@NullMarked
package org.msct.instruments.sledai;

import org.jspecify.annotations.NullMarked;
