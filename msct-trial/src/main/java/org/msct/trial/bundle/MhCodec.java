package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.MedicalHistory;

/** MH ↔ {@link MedicalHistory}. */
final class MhCodec implements Codec<MedicalHistory> {
    private static final Domain D = Domain.MH;
    private static final int USUBJID = D.index("USUBJID"),
            SEQ = D.index("MHSEQ"),
            TERM = D.index("MHTERM"),
            DECOD = D.index("MHDECOD"),
            EVDTYP = D.index("MHEVDTYP"),
            CAT = D.index("MHCAT"),
            SCAT = D.index("MHSCAT"),
            OCCUR = D.index("MHOCCUR"),
            DTC = D.index("MHDTC"),
            STDTC = D.index("MHSTDTC"),
            ENDTC = D.index("MHENDTC"),
            ENRF = D.index("MHENRF");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable MedicalHistory decode(Cells c) {
        var usubjid = c.req(USUBJID);
        int seq = c.seq(SEQ);
        var term = c.req(TERM);
        var occur = c.flag(OCCUR);
        var dtc = c.date(DTC);
        var st = c.date(STDTC);
        var en = c.date(ENDTC);
        if (c.rowHasError()) return null;
        return new MedicalHistory(
                usubjid,
                seq,
                term,
                c.str(DECOD),
                c.str(EVDTYP),
                c.str(CAT),
                c.str(SCAT),
                occur,
                dtc,
                st,
                en,
                c.str(ENRF),
                c.rowAsInt());
    }

    @Override
    public void encode(MedicalHistory m, @Nullable Object[] o) {
        o[USUBJID] = m.usubjid();
        o[SEQ] = m.seq();
        o[TERM] = m.term();
        o[DECOD] = m.decod();
        o[EVDTYP] = m.evdtyp();
        o[CAT] = m.cat();
        o[SCAT] = m.scat();
        o[OCCUR] = Values.flag(m.occur());
        o[DTC] = Codec.text(m.dtc());
        o[STDTC] = Codec.text(m.stdtc());
        o[ENDTC] = Codec.text(m.endtc());
        o[ENRF] = m.enrf();
    }

    @Override
    public String usubjid(MedicalHistory m) {
        return m.usubjid();
    }

    @Override
    public int seq(MedicalHistory m) {
        return m.seq();
    }
}
