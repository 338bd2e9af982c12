/** Reading the {@code msct score} input JSON into the instrument model, with field-level error messages. */
@NullMarked
package org.msct.instruments.input;

import org.jspecify.annotations.NullMarked;
