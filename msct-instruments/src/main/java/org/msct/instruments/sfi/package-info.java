/** Classic SELENA-SLEDAI Flare Index: definition, current-vs-previous evaluation, protocol options. Reference: shared/spec/instruments.md §2.2. */
@NullMarked
package org.msct.instruments.sfi;

import org.jspecify.annotations.NullMarked;
