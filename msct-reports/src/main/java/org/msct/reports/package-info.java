/** msct-reports (see the module README and docs/). */
@NullMarked
package org.msct.reports;

import org.jspecify.annotations.NullMarked;
