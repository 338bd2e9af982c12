@NullMarked
package org.msct.instruments.model;

import org.jspecify.annotations.NullMarked;
