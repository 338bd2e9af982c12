/** {@code msct stats}: R-compatible statistics as JSON (shared/spec/cli-contract.md §1). */
@NullMarked
package org.msct.cli.stats;

import org.jspecify.annotations.NullMarked;
