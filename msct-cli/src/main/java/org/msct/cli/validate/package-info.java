/** {@code msct validate}: validation of study bundles. */
@NullMarked
package org.msct.cli.validate;

import org.jspecify.annotations.NullMarked;
