@NullMarked
package org.msct.trial.bundle;

import org.jspecify.annotations.NullMarked;
