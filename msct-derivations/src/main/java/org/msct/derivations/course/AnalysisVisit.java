package org.msct.derivations.course;

import java.time.LocalDate;
import org.msct.derivations.rules.Snapshot;

/**
 * The analysed values of one subject at one post-baseline analysis visit.
 *
 * @param visitNumber AVISITN
 * @param name AVISIT
 * @param date latest ADT of the visit's analysed records (the date every component was known)
 * @param studyDay latest ADY of the visit's analysed records
 * @param values the analysed values
 */
public record AnalysisVisit(int visitNumber, String name, LocalDate date, int studyDay, Snapshot values) {}
