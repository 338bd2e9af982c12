@NullMarked
package org.msct.core.error;

import org.jspecify.annotations.NullMarked;
