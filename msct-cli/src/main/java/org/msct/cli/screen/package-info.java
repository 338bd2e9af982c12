/** {@code msct screen}: eligibility screening of one subject against a protocol. */
@NullMarked
package org.msct.cli.screen;

import org.jspecify.annotations.NullMarked;
