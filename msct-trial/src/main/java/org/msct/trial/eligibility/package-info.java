@NullMarked
package org.msct.trial.eligibility;

import org.jspecify.annotations.NullMarked;
