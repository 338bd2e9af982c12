/** Input data sets of the statistics engine and their CSV readers (errors name file, row and column). */
@NullMarked
package org.msct.stats.data;

import org.jspecify.annotations.NullMarked;
