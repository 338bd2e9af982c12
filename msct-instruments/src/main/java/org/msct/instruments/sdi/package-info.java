@NullMarked
package org.msct.instruments.sdi;

import org.jspecify.annotations.NullMarked;
