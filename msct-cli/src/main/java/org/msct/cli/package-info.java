/** The command-line edge: parses arguments, calls the feature modules, prints results. */
@NullMarked
package org.msct.cli;

import org.jspecify.annotations.NullMarked;
