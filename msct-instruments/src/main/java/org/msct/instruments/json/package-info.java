/** Typed access to JSON input members, with messages naming field, value and what is allowed. */
@NullMarked
package org.msct.instruments.json;

import org.jspecify.annotations.NullMarked;
