@NullMarked
package org.msct.trial.product;

import org.jspecify.annotations.NullMarked;
