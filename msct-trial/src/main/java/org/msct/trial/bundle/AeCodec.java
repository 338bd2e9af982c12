package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.AdverseEvent;
import org.msct.trial.model.Causality;

/** AE ↔ {@link AdverseEvent}. */
final class AeCodec implements Codec<AdverseEvent> {
    private static final Domain D = Domain.AE;
    private static final int USUBJID = D.index("USUBJID"),
            SEQ = D.index("AESEQ"),
            TERM = D.index("AETERM"),
            DECOD = D.index("AEDECOD"),
            CAT = D.index("AECAT"),
            BODSYS = D.index("AEBODSYS"),
            SEV = D.index("AESEV"),
            SER = D.index("AESER"),
            ACN = D.index("AEACN"),
            REL = D.index("AEREL"),
            OUT = D.index("AEOUT"),
            SCONG = D.index("AESCONG"),
            SDISAB = D.index("AESDISAB"),
            SDTH = D.index("AESDTH"),
            SHOSP = D.index("AESHOSP"),
            SLIFE = D.index("AESLIFE"),
            SMIE = D.index("AESMIE"),
            TOXGR = D.index("AETOXGR"),
            STDTC = D.index("AESTDTC"),
            ENDTC = D.index("AEENDTC");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable AdverseEvent decode(Cells c) {
        var usubjid = c.req(USUBJID);
        int seq = c.seq(SEQ);
        var term = c.req(TERM);
        var decod = c.req(DECOD);
        var ser = c.flag(SER);
        Causality rel = c.code(REL, Causality::fromCode, "NOT RELATED, UNLIKELY RELATED, POSSIBLY RELATED, RELATED");
        var scong = c.flag(SCONG);
        var sdisab = c.flag(SDISAB);
        var sdth = c.flag(SDTH);
        var shosp = c.flag(SHOSP);
        var slife = c.flag(SLIFE);
        var smie = c.flag(SMIE);
        Integer grade = null;
        String g = c.raw(TOXGR);
        if (g != null) {
            if (g.length() == 1 && g.charAt(0) >= '1' && g.charAt(0) <= '5') {
                grade = g.charAt(0) - '0';
            } else {
                c.error(TOXGR, g, Cells.RULE_CODE, "CTCAE grade must be 1, 2, 3, 4 or 5");
            }
        }
        var st = c.date(STDTC);
        var en = c.date(ENDTC);
        if (c.rowHasError()) return null;
        return new AdverseEvent(
                usubjid,
                seq,
                term,
                decod,
                c.str(CAT),
                c.str(BODSYS),
                c.str(SEV),
                ser,
                c.str(ACN),
                rel,
                c.str(OUT),
                scong,
                sdisab,
                sdth,
                shosp,
                slife,
                smie,
                grade,
                st,
                en,
                c.rowAsInt());
    }

    @Override
    public void encode(AdverseEvent a, @Nullable Object[] o) {
        o[USUBJID] = a.usubjid();
        o[SEQ] = a.seq();
        o[TERM] = a.term();
        o[DECOD] = a.decod();
        o[CAT] = a.cat();
        o[BODSYS] = a.bodsys();
        o[SEV] = a.sev();
        o[SER] = Values.flag(a.ser());
        o[ACN] = a.acn();
        o[REL] = a.rel() == null ? null : a.rel().code();
        o[OUT] = a.out();
        o[SCONG] = Values.flag(a.scong());
        o[SDISAB] = Values.flag(a.sdisab());
        o[SDTH] = Values.flag(a.sdth());
        o[SHOSP] = Values.flag(a.shosp());
        o[SLIFE] = Values.flag(a.slife());
        o[SMIE] = Values.flag(a.smie());
        o[TOXGR] = a.toxgr() == null ? null : a.toxgr().toString();
        o[STDTC] = Codec.text(a.stdtc());
        o[ENDTC] = Codec.text(a.endtc());
    }

    @Override
    public String usubjid(AdverseEvent a) {
        return a.usubjid();
    }

    @Override
    public int seq(AdverseEvent a) {
        return a.seq();
    }
}
