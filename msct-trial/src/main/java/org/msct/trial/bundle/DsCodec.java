package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.Disposition;

/** DS ↔ {@link Disposition}. */
final class DsCodec implements Codec<Disposition> {
    private static final Domain D = Domain.DS;
    private static final int USUBJID = D.index("USUBJID"),
            SEQ = D.index("DSSEQ"),
            TERM = D.index("DSTERM"),
            DECOD = D.index("DSDECOD"),
            CAT = D.index("DSCAT"),
            SCAT = D.index("DSSCAT"),
            EPOCH = D.index("EPOCH"),
            DTC = D.index("DSDTC"),
            STDTC = D.index("DSSTDTC");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable Disposition decode(Cells c) {
        var usubjid = c.req(USUBJID);
        int seq = c.seq(SEQ);
        var term = c.req(TERM);
        var decod = c.req(DECOD);
        var dtc = c.date(DTC);
        var st = c.date(STDTC);
        if (c.rowHasError()) return null;
        return new Disposition(usubjid, seq, term, decod, c.str(CAT), c.str(SCAT), c.str(EPOCH), dtc, st, c.rowAsInt());
    }

    @Override
    public void encode(Disposition d, @Nullable Object[] o) {
        o[USUBJID] = d.usubjid();
        o[SEQ] = d.seq();
        o[TERM] = d.term();
        o[DECOD] = d.decod();
        o[CAT] = d.cat();
        o[SCAT] = d.scat();
        o[EPOCH] = d.epoch();
        o[DTC] = Codec.text(d.dtc());
        o[STDTC] = Codec.text(d.stdtc());
    }

    @Override
    public String usubjid(Disposition d) {
        return d.usubjid();
    }

    @Override
    public int seq(Disposition d) {
        return d.seq();
    }
}
