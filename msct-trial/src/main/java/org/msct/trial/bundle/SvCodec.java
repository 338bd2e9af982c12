package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.Visit;

/** SV ↔ {@link Visit}. */
final class SvCodec implements Codec<Visit> {
    private static final Domain D = Domain.SV;
    private static final int USUBJID = D.index("USUBJID"),
            VISITNUM = D.index("VISITNUM"),
            VISIT = D.index("VISIT"),
            SVPRESP = D.index("SVPRESP"),
            SVOCCUR = D.index("SVOCCUR"),
            SVREASOC = D.index("SVREASOC"),
            VISITDY = D.index("VISITDY"),
            SVSTDTC = D.index("SVSTDTC"),
            SVENDTC = D.index("SVENDTC"),
            SVUPDES = D.index("SVUPDES");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable Visit decode(Cells c) {
        var usubjid = c.req(USUBJID);
        if (c.raw(VISITNUM) == null) c.error(VISITNUM, null, Cells.RULE_REQUIRED, "required value is empty");
        Double visitnum = c.decimal(VISITNUM);
        var presp = c.flag(SVPRESP);
        var occur = c.flag(SVOCCUR);
        var visitdy = c.integer(VISITDY);
        var st = c.date(SVSTDTC);
        var en = c.date(SVENDTC);
        if (c.rowHasError()) return null;
        return new Visit(
                usubjid,
                visitnum,
                c.str(VISIT),
                presp,
                occur,
                c.str(SVREASOC),
                visitdy,
                st,
                en,
                c.str(SVUPDES),
                c.rowAsInt());
    }

    @Override
    public void encode(Visit v, @Nullable Object[] o) {
        o[USUBJID] = v.usubjid();
        o[VISITNUM] = v.visitnum();
        o[VISIT] = v.visit();
        o[SVPRESP] = Values.flag(v.svpresp());
        o[SVOCCUR] = Values.flag(v.svoccur());
        o[SVREASOC] = v.svreasoc();
        o[VISITDY] = v.visitdy();
        o[SVSTDTC] = Codec.text(v.svstdtc());
        o[SVENDTC] = Codec.text(v.svendtc());
        o[SVUPDES] = v.svupdes();
    }

    @Override
    public String usubjid(Visit v) {
        return v.usubjid();
    }

    @Override
    public int seq(Visit v) {
        return 0;
    }
}
