package org.msct.derivations.course;

/**
 * ADRS parameter codes and names of one endpoint family (cdisc-terms.md §8.4, PROPOSAL).
 *
 * @param visit PARAMCD of the per-visit state
 * @param visitName its PARAM
 * @param best PARAMCD of the patient-level (best) response
 * @param bestName its PARAM
 * @param first PARAMCD of the first-response indicator (AVALC Y/N, ADT = first response date)
 * @param firstName its PARAM
 * @param event PARAMCD of the first flare / relapse after response (responders only)
 * @param eventName its PARAM
 */
public record ResponseParams(
        String visit,
        String visitName,
        String best,
        String bestName,
        String first,
        String firstName,
        String event,
        String eventName) {
    /** Renal response CR / PR / NR and renal flare. */
    public static final ResponseParams RENAL = new ResponseParams(
            "RENRESP",
            "Renal Response by Visit",
            "BESTREN",
            "Best Renal Response",
            "FRSTREN",
            "First Renal Remission (CR or PR)",
            "RENFLARE",
            "Renal Flare after Remission");

    /** Clinical response MCR / PCR / NR and relapse. */
    public static final ResponseParams CLINICAL = new ResponseParams(
            "CLINRESP",
            "Clinical Response by Visit",
            "BESTCLIN",
            "Best Clinical Response",
            "FRSTCLIN",
            "First Clinical Response (MCR or PCR)",
            "RELAPSE",
            "Relapse after Clinical Response");

    /** Complete / partial clinical remission and relapse. */
    public static final ResponseParams REMISSION = new ResponseParams(
            "CLINREM",
            "Clinical Remission by Visit",
            "BESTREM",
            "Best Clinical Remission",
            "FRSTREM",
            "First Clinical Remission (CCR or PCR)",
            "REMRELAP",
            "Relapse after Clinical Remission");
}
