/** {@code msct score}: one assessment, or a stream of them, through the instruments engine. */
@NullMarked
package org.msct.cli.score;

import org.jspecify.annotations.NullMarked;
