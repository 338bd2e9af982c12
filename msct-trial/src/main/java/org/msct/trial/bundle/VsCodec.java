package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.VitalSign;

/** VS ↔ {@link VitalSign}. */
final class VsCodec implements Codec<VitalSign> {
    private static final Domain D = Domain.VS;
    private static final int USUBJID = D.index("USUBJID"),
            SEQ = D.index("VSSEQ"),
            TESTCD = D.index("VSTESTCD"),
            TEST = D.index("VSTEST"),
            POS = D.index("VSPOS"),
            ORRES = D.index("VSORRES"),
            ORRESU = D.index("VSORRESU"),
            STRESC = D.index("VSSTRESC"),
            STRESN = D.index("VSSTRESN"),
            STRESU = D.index("VSSTRESU"),
            STAT = D.index("VSSTAT"),
            REASND = D.index("VSREASND"),
            LOBXFL = D.index("VSLOBXFL"),
            VISITNUM = D.index("VISITNUM"),
            VISIT = D.index("VISIT"),
            DTC = D.index("VSDTC");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable VitalSign decode(Cells c) {
        var usubjid = c.req(USUBJID);
        int seq = c.seq(SEQ);
        var testcd = c.req(TESTCD);
        var test = c.req(TEST);
        var stresn = c.decimal(STRESN);
        var lobxfl = c.flag(LOBXFL);
        var visitnum = c.decimal(VISITNUM);
        var dtc = c.date(DTC);
        if (c.rowHasError()) return null;
        return new VitalSign(
                usubjid,
                seq,
                testcd,
                test,
                c.str(POS),
                c.str(ORRES),
                c.str(ORRESU),
                c.str(STRESC),
                stresn,
                c.str(STRESU),
                c.str(STAT),
                c.str(REASND),
                lobxfl,
                visitnum,
                c.str(VISIT),
                dtc,
                c.rowAsInt());
    }

    @Override
    public void encode(VitalSign v, @Nullable Object[] o) {
        o[USUBJID] = v.usubjid();
        o[SEQ] = v.seq();
        o[TESTCD] = v.testcd();
        o[TEST] = v.test();
        o[POS] = v.pos();
        o[ORRES] = v.orres();
        o[ORRESU] = v.orresu();
        o[STRESC] = v.stresc();
        o[STRESN] = v.stresn();
        o[STRESU] = v.stresu();
        o[STAT] = v.stat();
        o[REASND] = v.reasnd();
        o[LOBXFL] = Values.flag(v.lobxfl());
        o[VISITNUM] = v.visitnum();
        o[VISIT] = v.visit();
        o[DTC] = Codec.text(v.dtc());
    }

    @Override
    public String usubjid(VitalSign v) {
        return v.usubjid();
    }

    @Override
    public int seq(VitalSign v) {
        return v.seq();
    }
}
