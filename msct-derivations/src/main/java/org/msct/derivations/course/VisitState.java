package org.msct.derivations.course;

/**
 * The response state of one visit.
 *
 * @param visit the visit
 * @param state AVALC: an outcome code, the otherwise code, or {@code NE} when not evaluable
 */
public record VisitState(AnalysisVisit visit, String state) {}
