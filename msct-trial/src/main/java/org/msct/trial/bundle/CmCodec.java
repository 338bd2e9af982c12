package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.ConMed;

/** CM ↔ {@link ConMed}. */
final class CmCodec implements Codec<ConMed> {
    private static final Domain D = Domain.CM;
    private static final int USUBJID = D.index("USUBJID"),
            SEQ = D.index("CMSEQ"),
            TRT = D.index("CMTRT"),
            DECOD = D.index("CMDECOD"),
            CAT = D.index("CMCAT"),
            INDC = D.index("CMINDC"),
            DOSE = D.index("CMDOSE"),
            DOSU = D.index("CMDOSU"),
            DOSFRQ = D.index("CMDOSFRQ"),
            ROUTE = D.index("CMROUTE"),
            STDTC = D.index("CMSTDTC"),
            ENDTC = D.index("CMENDTC"),
            ENRF = D.index("CMENRF");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable ConMed decode(Cells c) {
        var usubjid = c.req(USUBJID);
        int seq = c.seq(SEQ);
        var trt = c.req(TRT);
        var dose = c.decimal(DOSE);
        var st = c.date(STDTC);
        var en = c.date(ENDTC);
        if (c.rowHasError()) return null;
        return new ConMed(
                usubjid,
                seq,
                trt,
                c.str(DECOD),
                c.str(CAT),
                c.str(INDC),
                dose,
                c.str(DOSU),
                c.str(DOSFRQ),
                c.str(ROUTE),
                st,
                en,
                c.str(ENRF),
                c.rowAsInt());
    }

    @Override
    public void encode(ConMed m, @Nullable Object[] o) {
        o[USUBJID] = m.usubjid();
        o[SEQ] = m.seq();
        o[TRT] = m.trt();
        o[DECOD] = m.decod();
        o[CAT] = m.cat();
        o[INDC] = m.indc();
        o[DOSE] = m.dose();
        o[DOSU] = m.dosu();
        o[DOSFRQ] = m.dosfrq();
        o[ROUTE] = m.route();
        o[STDTC] = Codec.text(m.stdtc());
        o[ENDTC] = Codec.text(m.endtc());
        o[ENRF] = m.enrf();
    }

    @Override
    public String usubjid(ConMed m) {
        return m.usubjid();
    }

    @Override
    public int seq(ConMed m) {
        return m.seq();
    }
}
