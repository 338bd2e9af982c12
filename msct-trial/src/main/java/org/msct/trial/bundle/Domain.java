package org.msct.trial.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The datasets of a study bundle and the variables msct reads and writes for each, in SDTMIG 3.4 order
 * (cdisc-terms.md §2). Type letters: C char, I integer, F float (VISITNUM), D decimal; core R/E/P.
 */
enum Domain {
    DM(
            "Demographics",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            SUBJID|Subject Identifier for the Study|C|R
            RFSTDTC|Subject Reference Start Date/Time|C|E
            RFENDTC|Subject Reference End Date/Time|C|E
            RFXSTDTC|Date/Time of First Study Treatment|C|E
            RFXENDTC|Date/Time of Last Study Treatment|C|E
            RFICDTC|Date/Time of Informed Consent|C|E
            RFPENDTC|Date/Time of End of Participation|C|E
            DTHDTC|Date/Time of Death|C|E
            DTHFL|Subject Death Flag|C|E
            SITEID|Study Site Identifier|C|R
            BRTHDTC|Date/Time of Birth|C|P
            AGE|Age|I|E
            AGEU|Age Units|C|E
            SEX|Sex|C|R
            RACE|Race|C|E
            ETHNIC|Ethnicity|C|P
            ARMCD|Planned Arm Code|C|E
            ARM|Description of Planned Arm|C|E
            ACTARMCD|Actual Arm Code|C|E
            ACTARM|Description of Actual Arm|C|E
            ARMNRS|Reason Arm and/or Actual Arm is Null|C|E
            COUNTRY|Country|C|R
            """),
    SV(
            "Subject Visits",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            VISITNUM|Visit Number|F|R
            VISIT|Visit Name|C|P
            SVPRESP|Pre-specified|C|E
            SVOCCUR|Occurrence|C|E
            SVREASOC|Reason for Occur Value|C|P
            VISITDY|Planned Study Day of Visit|I|P
            SVSTDTC|Start Date/Time of Observation|C|E
            SVENDTC|End Date/Time of Observation|C|E
            SVUPDES|Description of Unplanned Visit|C|P
            """),
    VS(
            "Vital Signs",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            VSSEQ|Sequence Number|I|R
            VSTESTCD|Vital Signs Test Short Name|C|R
            VSTEST|Vital Signs Test Name|C|R
            VSPOS|Vital Signs Position of Subject|C|P
            VSORRES|Result or Finding in Original Units|C|E
            VSORRESU|Original Units|C|E
            VSSTRESC|Character Result/Finding in Std Format|C|E
            VSSTRESN|Numeric Result/Finding in Standard Units|D|E
            VSSTRESU|Standard Units|C|E
            VSSTAT|Completion Status|C|P
            VSREASND|Reason Not Performed|C|P
            VSLOBXFL|Last Observation Before Exposure Flag|C|E
            VISITNUM|Visit Number|F|E
            VISIT|Visit Name|C|P
            VSDTC|Date/Time of Measurements|C|E
            """),
    EX(
            "Exposure",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            EXSEQ|Sequence Number|I|R
            EXTRT|Name of Treatment|C|R
            EXDOSE|Dose|D|E
            EXDOSU|Dose Units|C|E
            EXDOSFRM|Dose Form|C|E
            EXDOSFRQ|Dosing Frequency per Interval|C|P
            EXROUTE|Route of Administration|C|P
            EXLOT|Lot Number|C|P
            EPOCH|Epoch|C|P
            EXSTDTC|Start Date/Time of Treatment|C|E
            EXENDTC|End Date/Time of Treatment|C|E
            """),
    SUPPEX(
            "Supplemental Qualifiers for EX",
            """
            STUDYID|Study Identifier|C|R
            RDOMAIN|Related Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            IDVAR|Identifying Variable|C|E
            IDVARVAL|Identifying Variable Value|C|E
            QNAM|Qualifier Variable Name|C|R
            QLABEL|Qualifier Variable Label|C|R
            QVAL|Data Value|C|R
            QORIG|Origin|C|R
            QEVAL|Evaluator|C|E
            """),
    LB(
            "Laboratory Test Results",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            LBSEQ|Sequence Number|I|R
            LBTESTCD|Lab Test or Examination Short Name|C|R
            LBTEST|Lab Test or Examination Name|C|R
            LBCAT|Category for Lab Test|C|E
            LBORRES|Result or Finding in Original Units|C|E
            LBORRESU|Original Units|C|E
            LBORNRLO|Reference Range Lower Limit in Orig Unit|C|E
            LBORNRHI|Reference Range Upper Limit in Orig Unit|C|E
            LBSTRESC|Character Result/Finding in Std Format|C|E
            LBSTRESN|Numeric Result/Finding in Standard Units|D|E
            LBSTRESU|Standard Units|C|E
            LBSTNRLO|Reference Range Lower Limit-Std Units|D|E
            LBSTNRHI|Reference Range Upper Limit-Std Units|D|E
            LBNRIND|Reference Range Indicator|C|E
            LBSTAT|Completion Status|C|P
            LBREASND|Reason Test Not Done|C|P
            LBSPEC|Specimen Type|C|P
            LBMETHOD|Method of Test or Examination|C|P
            LBLOBXFL|Last Observation Before Exposure Flag|C|E
            LBDRVFL|Derived Flag|C|P
            VISITNUM|Visit Number|F|E
            VISIT|Visit Name|C|P
            LBDTC|Date/Time of Specimen Collection|C|E
            LBENDTC|End Date/Time of Specimen Collection|C|P
            """),
    QS(
            "Questionnaires",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            QSSEQ|Sequence Number|I|R
            QSTESTCD|Question Short Name|C|R
            QSTEST|Question Name|C|R
            QSCAT|Category of Question|C|R
            QSSCAT|Subcategory for Question|C|P
            QSORRES|Finding in Original Units|C|E
            QSSTRESC|Character Result/Finding in Std Format|C|E
            QSSTRESN|Numeric Finding in Standard Units|D|P
            QSSTAT|Completion Status|C|P
            QSREASND|Reason Not Performed|C|P
            QSLOBXFL|Last Observation Before Exposure Flag|C|E
            QSDRVFL|Derived Flag|C|P
            VISITNUM|Visit Number|F|E
            VISIT|Visit Name|C|P
            QSDTC|Date/Time of Finding|C|E
            QSEVLINT|Evaluation Interval|C|P
            """),
    CM(
            "Concomitant/Prior Medications",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            CMSEQ|Sequence Number|I|R
            CMTRT|Reported Name of Drug, Med, or Therapy|C|R
            CMDECOD|Standardized Medication Name|C|P
            CMCAT|Category for Medication|C|P
            CMINDC|Indication|C|P
            CMDOSE|Dose per Administration|D|P
            CMDOSU|Dose Units|C|P
            CMDOSFRQ|Dosing Frequency per Interval|C|P
            CMROUTE|Route of Administration|C|P
            CMSTDTC|Start Date/Time of Medication|C|P
            CMENDTC|End Date/Time of Medication|C|P
            CMENRF|End Relative to Reference Period|C|P
            """),
    MH(
            "Medical History",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            MHSEQ|Sequence Number|I|R
            MHTERM|Reported Term for the Medical History|C|R
            MHDECOD|Dictionary-Derived Term|C|P
            MHEVDTYP|Medical History Event Date Type|C|P
            MHCAT|Category for Medical History|C|P
            MHSCAT|Subcategory for Medical History|C|P
            MHOCCUR|Medical History Occurrence|C|P
            MHDTC|Date/Time of History Collection|C|P
            MHSTDTC|Start Date/Time of Medical History Event|C|P
            MHENDTC|End Date/Time of Medical History Event|C|P
            MHENRF|End Relative to Reference Period|C|P
            """),
    AE(
            "Adverse Events",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            AESEQ|Sequence Number|I|R
            AETERM|Reported Term for the Adverse Event|C|R
            AEDECOD|Dictionary-Derived Term|C|R
            AECAT|Category for Adverse Event|C|P
            AEBODSYS|Body System or Organ Class|C|E
            AESEV|Severity/Intensity|C|P
            AESER|Serious Event|C|E
            AEACN|Action Taken with Study Treatment|C|E
            AEREL|Causality|C|E
            AEOUT|Outcome of Adverse Event|C|P
            AESCONG|Congenital Anomaly or Birth Defect|C|P
            AESDISAB|Persist or Signif Disability/Incapacity|C|P
            AESDTH|Results in Death|C|P
            AESHOSP|Requires or Prolongs Hospitalization|C|P
            AESLIFE|Is Life Threatening|C|P
            AESMIE|Other Medically Important Serious Event|C|P
            AETOXGR|Standard Toxicity Grade|C|P
            AESTDTC|Start Date/Time of Adverse Event|C|E
            AEENDTC|End Date/Time of Adverse Event|C|E
            """),
    DS(
            "Disposition",
            """
            STUDYID|Study Identifier|C|R
            DOMAIN|Domain Abbreviation|C|R
            USUBJID|Unique Subject Identifier|C|R
            DSSEQ|Sequence Number|I|R
            DSTERM|Reported Term for the Disposition Event|C|R
            DSDECOD|Standardized Disposition Term|C|R
            DSCAT|Category for Disposition Event|C|E
            DSSCAT|Subcategory for Disposition Event|C|P
            EPOCH|Epoch|C|P
            DSDTC|Date/Time of Collection|C|P
            DSSTDTC|Start Date/Time of Disposition Event|C|E
            """);

    private final String label;
    private final List<Variable> variables;
    private final Map<String, Integer> index;

    Domain(String label, String table) {
        this.label = label;
        List<Variable> vars = new ArrayList<>();
        Map<String, Integer> ix = new HashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] p = line.strip().split("\\|");
            Variable.Type t =
                    switch (p[2]) {
                        case "I" -> Variable.Type.INTEGER;
                        case "F" -> Variable.Type.FLOAT;
                        case "D" -> Variable.Type.DECIMAL;
                        default -> Variable.Type.CHAR;
                    };
            Variable.Core c =
                    switch (p[3]) {
                        case "R" -> Variable.Core.REQ;
                        case "E" -> Variable.Core.EXP;
                        default -> Variable.Core.PERM;
                    };
            ix.put(p[0], vars.size());
            vars.add(new Variable(p[0], p[1], t, c));
        }
        this.variables = List.copyOf(vars);
        this.index = Map.copyOf(ix);
    }

    /** Dataset label, e.g. {@code Demographics}. */
    String label() {
        return label;
    }

    List<Variable> variables() {
        return variables;
    }

    /** Position of {@code name} in {@link #variables()}; IllegalArgumentException when not a variable here. */
    int index(String name) {
        Integer i = index.get(name);
        if (i == null) throw new IllegalArgumentException(name() + " has no variable " + name);
        return i;
    }

    /** Position of {@code name}, or -1. */
    int indexOrMinus(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** File stem, lower case: {@code dm}, {@code suppex}. */
    String stem() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The domain whose file stem is {@code stem} (lower case). */
    static Optional<Domain> ofStem(String stem) {
        for (Domain d : values()) if (d.stem().equals(stem)) return Optional.of(d);
        return Optional.empty();
    }
}
