/** Assembles the {@code msct score} output from the instrument scorers. */
@NullMarked
package org.msct.instruments.report;

import org.jspecify.annotations.NullMarked;
