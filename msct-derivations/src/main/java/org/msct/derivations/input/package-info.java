/**
 * Input records of the derivations: subjects, observations (labs and instrument scores) and planned visits. They are
 * deliberately small and independent of the SDTM model; the caller maps SDTM (DM, DS, EX, LB, QS/RS, TV) onto them.
 * Day 0 is the day of the first MSC infusion.
 */
@NullMarked
package org.msct.derivations.input;

import org.jspecify.annotations.NullMarked;
