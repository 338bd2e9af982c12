/**
 * The course of one subject through the analysis visits, common to every response family: per-visit state under a
 * rule set, best response, first response, first event (flare / relapse) after a response, and ADRS rows.
 */
@NullMarked
package org.msct.derivations.course;

import org.jspecify.annotations.NullMarked;
