/** SLICC/ACR Damage Index: definition, persistence and ESRD rules, scorer. Reference: shared/spec/instruments.md §5. */
@NullMarked
package org.msct.instruments.sdi;

import org.jspecify.annotations.NullMarked;
