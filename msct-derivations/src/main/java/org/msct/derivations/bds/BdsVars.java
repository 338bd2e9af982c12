package org.msct.derivations.bds;

import org.msct.derivations.dataset.Variable;

/** Variable metadata of the BDS datasets (cdisc-terms.md §8.2), shared by ADLB / ADQS and ADRS. */
public final class BdsVars {
    private BdsVars() {}

    public static final Variable STUDYID =
            Variable.chr("STUDYID", "Study Identifier", 20).key(1);
    public static final Variable USUBJID =
            Variable.chr("USUBJID", "Unique Subject Identifier", 40).key(2);
    public static final Variable ASEQ = Variable.integer("ASEQ", "Analysis Sequence Number")
            .derivedAs("Sequence of the record within USUBJID after sorting by PARAMCD, ADT");
    public static final Variable PARAMCD =
            Variable.chr("PARAMCD", "Parameter Code", 8).key(3);
    public static final Variable PARAM = Variable.chr("PARAM", "Parameter", 200);
    public static final Variable PARCAT1 = Variable.chr("PARCAT1", "Parameter Category 1", 40);
    public static final Variable ADT = Variable.date("ADT", "Analysis Date").key(4);
    public static final Variable ADY = Variable.integer("ADY", "Analysis Relative Day")
            .derivedAs("ADT - TRTSDT (day 0 = first MSC infusion; no day is skipped)");
    public static final Variable AVISIT = Variable.chr("AVISIT", "Analysis Visit", 20)
            .derivedAs("Baseline for the ABLFL record; otherwise the planned visit whose window contains ADY "
                    + "(overlap: nearest target, tie: lower visit); Unscheduled when none");
    public static final Variable AVISITN = Variable.integer("AVISITN", "Analysis Visit (N)")
            .derivedAs("0 for Baseline; the planned visit number (month) otherwise; missing when Unscheduled");
    public static final Variable AVAL = Variable.decimal("AVAL", "Analysis Value");
    public static final Variable AVALC = Variable.chr("AVALC", "Analysis Value (C)", 20);
    public static final Variable BASE =
            Variable.decimal("BASE", "Baseline Value").derivedAs("AVAL of the ABLFL=Y record of USUBJID, PARAMCD");
    public static final Variable BASEC = Variable.chr("BASEC", "Baseline Value (C)", 20)
            .derivedAs("AVALC of the ABLFL=Y record of USUBJID, PARAMCD");
    public static final Variable CHG = Variable.decimal("CHG", "Change from Baseline")
            .derivedAs("AVAL - BASE for ADY > 0; missing when either is missing");
    public static final Variable PCHG = Variable.decimal("PCHG", "Percent Change from Baseline")
            .derivedAs("(AVAL - BASE) / BASE * 100 for ADY > 0; missing when BASE = 0 or missing");
    public static final Variable R2BASE = Variable.decimal("R2BASE", "Ratio to Baseline")
            .derivedAs("AVAL / BASE for ADY > 0; missing when BASE = 0 or missing");
    public static final Variable ABLFL = Variable.chr("ABLFL", "Baseline Record Flag", 1)
            .codes("Y")
            .derivedAs(
                    "Y for the last record with a result on or before day 0 (option: before day 0) within the baseline window");
    public static final Variable ANL01FL = Variable.chr("ANL01FL", "Analysis Flag 01", 1)
            .codes("Y")
            .derivedAs(
                    "Y for the baseline record and, per USUBJID, PARAMCD, AVISITN, the record with a result closest to the "
                            + "visit target day (tie: earlier, option later)");
    public static final Variable SRCDOM = Variable.chr("SRCDOM", "Source Data", 8);
    public static final Variable SRCVAR = Variable.chr("SRCVAR", "Source Variable", 8);
    public static final Variable SRCSEQ = Variable.integer("SRCSEQ", "Source Sequence Number");

    /** Variables of a BDS lab / instrument dataset, in output order. */
    public static final java.util.List<Variable> ALL = java.util.List.of(
            STUDYID, USUBJID, ASEQ, PARAMCD, PARAM, PARCAT1, ADT, ADY, AVISIT, AVISITN, AVAL, AVALC, BASE, BASEC, CHG,
            PCHG, R2BASE, ABLFL, ANL01FL, SRCDOM, SRCVAR, SRCSEQ);
}
