@NullMarked
package org.msct.instruments.response;

import org.jspecify.annotations.NullMarked;
