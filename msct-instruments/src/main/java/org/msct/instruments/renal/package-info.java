@NullMarked
package org.msct.instruments.renal;

import org.jspecify.annotations.NullMarked;
