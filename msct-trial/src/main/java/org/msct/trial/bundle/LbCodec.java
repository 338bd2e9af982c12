package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.LabResult;

/** LB ↔ {@link LabResult}. */
final class LbCodec implements Codec<LabResult> {
    private static final Domain D = Domain.LB;
    private static final int USUBJID = D.index("USUBJID"),
            SEQ = D.index("LBSEQ"),
            TESTCD = D.index("LBTESTCD"),
            TEST = D.index("LBTEST"),
            CAT = D.index("LBCAT"),
            ORRES = D.index("LBORRES"),
            ORRESU = D.index("LBORRESU"),
            ORNRLO = D.index("LBORNRLO"),
            ORNRHI = D.index("LBORNRHI"),
            STRESC = D.index("LBSTRESC"),
            STRESN = D.index("LBSTRESN"),
            STRESU = D.index("LBSTRESU"),
            STNRLO = D.index("LBSTNRLO"),
            STNRHI = D.index("LBSTNRHI"),
            NRIND = D.index("LBNRIND"),
            STAT = D.index("LBSTAT"),
            REASND = D.index("LBREASND"),
            SPEC = D.index("LBSPEC"),
            METHOD = D.index("LBMETHOD"),
            LOBXFL = D.index("LBLOBXFL"),
            DRVFL = D.index("LBDRVFL"),
            VISITNUM = D.index("VISITNUM"),
            VISIT = D.index("VISIT"),
            DTC = D.index("LBDTC"),
            ENDTC = D.index("LBENDTC");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable LabResult decode(Cells c) {
        var usubjid = c.req(USUBJID);
        int seq = c.seq(SEQ);
        var testcd = c.req(TESTCD);
        var test = c.req(TEST);
        var stresn = c.decimal(STRESN);
        var stnrlo = c.decimal(STNRLO);
        var stnrhi = c.decimal(STNRHI);
        var lobxfl = c.flag(LOBXFL);
        var drvfl = c.flag(DRVFL);
        var visitnum = c.decimal(VISITNUM);
        var dtc = c.date(DTC);
        var endtc = c.date(ENDTC);
        if (c.rowHasError()) return null;
        String orres = c.str(ORRES);
        String stresc = c.str(STRESC);
        if (stresc != null && stresc.equals(orres)) stresc = orres;
        return new LabResult(
                usubjid,
                seq,
                testcd,
                test,
                c.str(CAT),
                orres,
                c.str(ORRESU),
                c.str(ORNRLO),
                c.str(ORNRHI),
                stresc,
                stresn,
                c.str(STRESU),
                stnrlo,
                stnrhi,
                c.str(NRIND),
                c.str(STAT),
                c.str(REASND),
                c.str(SPEC),
                c.str(METHOD),
                lobxfl,
                drvfl,
                visitnum,
                c.str(VISIT),
                dtc,
                endtc,
                c.rowAsInt());
    }

    @Override
    public void encode(LabResult r, @Nullable Object[] o) {
        o[USUBJID] = r.usubjid();
        o[SEQ] = r.seq();
        o[TESTCD] = r.testcd();
        o[TEST] = r.test();
        o[CAT] = r.cat();
        o[ORRES] = r.orres();
        o[ORRESU] = r.orresu();
        o[ORNRLO] = r.ornrlo();
        o[ORNRHI] = r.ornrhi();
        o[STRESC] = r.stresc();
        o[STRESN] = r.stresn();
        o[STRESU] = r.stresu();
        o[STNRLO] = r.stnrlo();
        o[STNRHI] = r.stnrhi();
        o[NRIND] = r.nrind();
        o[STAT] = r.stat();
        o[REASND] = r.reasnd();
        o[SPEC] = r.spec();
        o[METHOD] = r.method();
        o[LOBXFL] = Values.flag(r.lobxfl());
        o[DRVFL] = Values.flag(r.drvfl());
        o[VISITNUM] = r.visitnum();
        o[VISIT] = r.visit();
        o[DTC] = Codec.text(r.dtc());
        o[ENDTC] = Codec.text(r.endtc());
    }

    @Override
    public String usubjid(LabResult r) {
        return r.usubjid();
    }

    @Override
    public int seq(LabResult r) {
        return r.seq();
    }
}
