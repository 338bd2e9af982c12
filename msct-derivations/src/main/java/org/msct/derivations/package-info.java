/** msct-derivations (see the module README and docs/). */
@NullMarked
package org.msct.derivations;

import org.jspecify.annotations.NullMarked;
