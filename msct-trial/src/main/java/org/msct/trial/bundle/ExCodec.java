package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.Infusion;

/** EX ↔ {@link Infusion} (without the SUPPEX qualifiers, see {@link SuppexCodec}). */
final class ExCodec implements Codec<Infusion> {
    private static final Domain D = Domain.EX;
    private static final int USUBJID = D.index("USUBJID"),
            SEQ = D.index("EXSEQ"),
            TRT = D.index("EXTRT"),
            DOSE = D.index("EXDOSE"),
            DOSU = D.index("EXDOSU"),
            DOSFRM = D.index("EXDOSFRM"),
            DOSFRQ = D.index("EXDOSFRQ"),
            ROUTE = D.index("EXROUTE"),
            LOT = D.index("EXLOT"),
            EPOCH = D.index("EPOCH"),
            STDTC = D.index("EXSTDTC"),
            ENDTC = D.index("EXENDTC");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable Infusion decode(Cells c) {
        var usubjid = c.req(USUBJID);
        int seq = c.seq(SEQ);
        var trt = c.req(TRT);
        var dose = c.decimal(DOSE);
        var st = c.date(STDTC);
        var en = c.date(ENDTC);
        if (c.rowHasError()) return null;
        return new Infusion(
                usubjid,
                seq,
                trt,
                dose,
                c.str(DOSU),
                c.str(DOSFRM),
                c.str(DOSFRQ),
                c.str(ROUTE),
                c.str(LOT),
                c.str(EPOCH),
                st,
                en,
                null,
                null,
                null,
                c.rowAsInt());
    }

    @Override
    public void encode(Infusion x, @Nullable Object[] o) {
        o[USUBJID] = x.usubjid();
        o[SEQ] = x.seq();
        o[TRT] = x.trt();
        o[DOSE] = x.dose();
        o[DOSU] = x.dosu();
        o[DOSFRM] = x.dosfrm();
        o[DOSFRQ] = x.dosfrq();
        o[ROUTE] = x.route();
        o[LOT] = x.lot();
        o[EPOCH] = x.epoch();
        o[STDTC] = Codec.text(x.stdtc());
        o[ENDTC] = Codec.text(x.endtc());
    }

    @Override
    public String usubjid(Infusion x) {
        return x.usubjid();
    }

    @Override
    public int seq(Infusion x) {
        return x.seq();
    }
}
