@NullMarked
package org.msct.trial.model;

import org.jspecify.annotations.NullMarked;
