/** Conventions every command shares: exit codes, the mapping of exceptions to one-line messages, the version. */
@NullMarked
package org.msct.cli.conventions;

import org.jspecify.annotations.NullMarked;
