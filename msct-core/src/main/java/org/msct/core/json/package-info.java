@NullMarked
package org.msct.core.json;

import org.jspecify.annotations.NullMarked;
