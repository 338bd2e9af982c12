package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.QsItem;

/** QS ↔ {@link QsItem}. */
final class QsCodec implements Codec<QsItem> {
    private static final Domain D = Domain.QS;
    private static final int USUBJID = D.index("USUBJID"),
            SEQ = D.index("QSSEQ"),
            TESTCD = D.index("QSTESTCD"),
            TEST = D.index("QSTEST"),
            CAT = D.index("QSCAT"),
            SCAT = D.index("QSSCAT"),
            ORRES = D.index("QSORRES"),
            STRESC = D.index("QSSTRESC"),
            STRESN = D.index("QSSTRESN"),
            STAT = D.index("QSSTAT"),
            REASND = D.index("QSREASND"),
            LOBXFL = D.index("QSLOBXFL"),
            DRVFL = D.index("QSDRVFL"),
            VISITNUM = D.index("VISITNUM"),
            VISIT = D.index("VISIT"),
            DTC = D.index("QSDTC"),
            EVLINT = D.index("QSEVLINT");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable QsItem decode(Cells c) {
        var usubjid = c.req(USUBJID);
        int seq = c.seq(SEQ);
        var testcd = c.req(TESTCD);
        var test = c.req(TEST);
        var cat = c.req(CAT);
        var stresn = c.decimal(STRESN);
        var lobxfl = c.flag(LOBXFL);
        var drvfl = c.flag(DRVFL);
        var visitnum = c.decimal(VISITNUM);
        var dtc = c.date(DTC);
        if (c.rowHasError()) return null;
        return new QsItem(
                usubjid,
                seq,
                testcd,
                test,
                cat,
                c.str(SCAT),
                c.str(ORRES),
                c.str(STRESC),
                stresn,
                c.str(STAT),
                c.str(REASND),
                lobxfl,
                drvfl,
                visitnum,
                c.str(VISIT),
                dtc,
                c.str(EVLINT),
                c.rowAsInt());
    }

    @Override
    public void encode(QsItem q, @Nullable Object[] o) {
        o[USUBJID] = q.usubjid();
        o[SEQ] = q.seq();
        o[TESTCD] = q.testcd();
        o[TEST] = q.test();
        o[CAT] = q.cat();
        o[SCAT] = q.scat();
        o[ORRES] = q.orres();
        o[STRESC] = q.stresc();
        o[STRESN] = q.stresn();
        o[STAT] = q.stat();
        o[REASND] = q.reasnd();
        o[LOBXFL] = Values.flag(q.lobxfl());
        o[DRVFL] = Values.flag(q.drvfl());
        o[VISITNUM] = q.visitnum();
        o[VISIT] = q.visit();
        o[DTC] = Codec.text(q.dtc());
        o[EVLINT] = q.evlint();
    }

    @Override
    public String usubjid(QsItem q) {
        return q.usubjid();
    }

    @Override
    public int seq(QsItem q) {
        return q.seq();
    }
}
