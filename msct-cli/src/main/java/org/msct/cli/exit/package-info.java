/** Exit codes and the mapping of exceptions to one-line messages, shared by every command. */
@NullMarked
package org.msct.cli.exit;

import org.jspecify.annotations.NullMarked;
