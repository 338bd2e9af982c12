package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.Sex;
import org.msct.trial.model.Subject;

/** DM ↔ {@link Subject}. */
final class DmCodec implements Codec<Subject> {
    private static final Domain D = Domain.DM;
    private static final int USUBJID = D.index("USUBJID"),
            SUBJID = D.index("SUBJID"),
            RFSTDTC = D.index("RFSTDTC"),
            RFENDTC = D.index("RFENDTC"),
            RFXSTDTC = D.index("RFXSTDTC"),
            RFXENDTC = D.index("RFXENDTC"),
            RFICDTC = D.index("RFICDTC"),
            RFPENDTC = D.index("RFPENDTC"),
            DTHDTC = D.index("DTHDTC"),
            DTHFL = D.index("DTHFL"),
            SITEID = D.index("SITEID"),
            BRTHDTC = D.index("BRTHDTC"),
            AGE = D.index("AGE"),
            AGEU = D.index("AGEU"),
            SEX = D.index("SEX"),
            RACE = D.index("RACE"),
            ETHNIC = D.index("ETHNIC"),
            ARMCD = D.index("ARMCD"),
            ARM = D.index("ARM"),
            ACTARMCD = D.index("ACTARMCD"),
            ACTARM = D.index("ACTARM"),
            ARMNRS = D.index("ARMNRS"),
            COUNTRY = D.index("COUNTRY");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable Subject decode(Cells c) {
        var usubjid = c.req(USUBJID);
        var subjid = c.req(SUBJID);
        var siteid = c.req(SITEID);
        var country = c.req(COUNTRY);
        Sex sex = c.raw(SEX) == null ? null : c.code(SEX, Sex::fromCode, "F, M, U, INTERSEX (C66731)");
        if (c.raw(SEX) == null) c.error(SEX, null, Cells.RULE_REQUIRED, "required value is empty");
        var rfstdtc = c.date(RFSTDTC);
        var rfendtc = c.date(RFENDTC);
        var rfxstdtc = c.date(RFXSTDTC);
        var rfxendtc = c.date(RFXENDTC);
        var rficdtc = c.date(RFICDTC);
        var rfpendtc = c.date(RFPENDTC);
        var dthdtc = c.date(DTHDTC);
        var dthfl = c.flag(DTHFL);
        var brthdtc = c.date(BRTHDTC);
        var age = c.integer(AGE);
        if (age != null && age < 0) c.error(AGE, c.raw(AGE), Cells.RULE_NUMBER, "AGE must be >= 0");
        if (c.rowHasError()) return null;
        return new Subject(
                usubjid,
                subjid,
                rfstdtc,
                rfendtc,
                rfxstdtc,
                rfxendtc,
                rficdtc,
                rfpendtc,
                dthdtc,
                dthfl,
                siteid,
                brthdtc,
                age,
                c.str(AGEU),
                sex,
                c.str(RACE),
                c.str(ETHNIC),
                c.str(ARMCD),
                c.str(ARM),
                c.str(ACTARMCD),
                c.str(ACTARM),
                c.str(ARMNRS),
                country,
                c.rowAsInt());
    }

    @Override
    public void encode(Subject s, @Nullable Object[] o) {
        o[USUBJID] = s.usubjid();
        o[SUBJID] = s.subjid();
        o[RFSTDTC] = Codec.text(s.rfstdtc());
        o[RFENDTC] = Codec.text(s.rfendtc());
        o[RFXSTDTC] = Codec.text(s.rfxstdtc());
        o[RFXENDTC] = Codec.text(s.rfxendtc());
        o[RFICDTC] = Codec.text(s.rficdtc());
        o[RFPENDTC] = Codec.text(s.rfpendtc());
        o[DTHDTC] = Codec.text(s.dthdtc());
        o[DTHFL] = Values.flag(s.dthfl());
        o[SITEID] = s.siteId();
        o[BRTHDTC] = Codec.text(s.brthdtc());
        o[AGE] = s.age();
        o[AGEU] = s.ageu();
        o[SEX] = s.sex().code();
        o[RACE] = s.race();
        o[ETHNIC] = s.ethnic();
        o[ARMCD] = s.armcd();
        o[ARM] = s.arm();
        o[ACTARMCD] = s.actarmcd();
        o[ACTARM] = s.actarm();
        o[ARMNRS] = s.armnrs();
        o[COUNTRY] = s.country();
    }

    @Override
    public String usubjid(Subject s) {
        return s.usubjid();
    }

    @Override
    public int seq(Subject s) {
        return 0;
    }
}
