package org.msct.derivations.bds;

/**
 * One analysis parameter.
 *
 * @param paramcd PARAMCD (≤ 8 characters)
 * @param param PARAM, with the analysis unit
 * @param parcat1 PARCAT1, e.g. {@code RENAL}
 * @param grade true for character results (BILAG grades in AVALC), false for numeric results in AVAL
 */
public record ParamDef(String paramcd, String param, String parcat1, boolean grade) {}
