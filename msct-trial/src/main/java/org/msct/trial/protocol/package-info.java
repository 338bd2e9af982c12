@NullMarked
package org.msct.trial.protocol;

import org.jspecify.annotations.NullMarked;
