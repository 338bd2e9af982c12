package org.msct.derivations.input;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One enrolled subject, as the derivations need it (mapped by the caller from SDTM DM, DS and EX).
 *
 * <p>Day 0 is the first MSC infusion ({@code treatmentStart}); a subject enrolled but never infused has no treatment
 * start and study days are counted from {@code enrolmentDate}. The dates must be ordered: enrolment ≤ treatment start
 * ≤ treatment end, enrolment ≤ last contact, and last contact ≤ death when the subject died.
 *
 * @param studyId study identifier (STUDYID)
 * @param usubjid unique subject id
 * @param siteId study site
 * @param arm planned arm, e.g. {@code UC-MSC 1x10^6 cells/kg}
 * @param age age in years at enrolment, when known
 * @param sex {@code F}, {@code M} or {@code U}
 * @param diseaseDurationYears SLE duration at enrolment in years, when known
 * @param mscSource {@code BONE MARROW} or {@code UMBILICAL CORD}
 * @param enrolmentDate date of enrolment
 * @param treatmentStart date of the first infusion (day 0), empty when never infused
 * @param treatmentEnd date of the last infusion (e.g. day 7), empty when single or never infused
 * @param deathDate date of death, empty when alive at last contact
 * @param lastContactDate last date the subject was known to be alive or, for a death, the last contact before it
 * @param disposition end-of-study status
 * @param endOfStudyDate end-of-study date (completion, discontinuation or death), empty when ongoing
 * @param baseline extra baseline characteristics written to ADSL as character variables (ADaM name → value), e.g.
 *     {@code LNCLASS → IV}
 */
public record SubjectRecord(
        String studyId,
        String usubjid,
        String siteId,
        String arm,
        OptionalInt age,
        String sex,
        OptionalDouble diseaseDurationYears,
        String mscSource,
        LocalDate enrolmentDate,
        Optional<LocalDate> treatmentStart,
        Optional<LocalDate> treatmentEnd,
        Optional<LocalDate> deathDate,
        LocalDate lastContactDate,
        Disposition disposition,
        Optional<LocalDate> endOfStudyDate,
        Map<String, String> baseline) {
    public SubjectRecord {
        if (usubjid.isBlank()) throw new IllegalArgumentException("usubjid must not be blank");
        baseline = Map.copyOf(baseline);
        LocalDate enrol = enrolmentDate;
        treatmentStart.ifPresent(
                d -> require(!d.isBefore(enrol), usubjid, "treatmentStart " + d + " is before enrolment " + enrol));
        treatmentEnd.ifPresent(d -> require(
                treatmentStart.isPresent() && !d.isBefore(treatmentStart.get()),
                usubjid,
                "treatmentEnd " + d + " without or before treatmentStart"));
        require(
                !lastContactDate.isBefore(enrolmentDate),
                usubjid,
                "lastContactDate " + lastContactDate + " is before enrolment");
        LocalDate last = lastContactDate;
        deathDate.ifPresent(
                d -> require(!d.isBefore(last), usubjid, "deathDate " + d + " is before lastContactDate " + last));
    }

    private static void require(boolean ok, String usubjid, String message) {
        if (!ok) throw new IllegalArgumentException("subject " + usubjid + ": " + message);
    }

    /** The date of day 0: first infusion, or enrolment when never infused. */
    public LocalDate day0() {
        return treatmentStart.orElse(enrolmentDate);
    }

    /** Study day of {@code date}: days since day 0 (day 0 = first infusion, negative before it, no day skipped). */
    public int studyDay(LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(day0(), date));
    }

    /** Last date known alive: the death date for a death, otherwise the last contact. */
    public LocalDate lastAliveDate() {
        return deathDate.orElse(lastContactDate);
    }

    /** True when the subject died on or before study day {@code day}. */
    public boolean diedBy(int day) {
        return deathDate.isPresent() && studyDay(deathDate.get()) <= day;
    }
}
