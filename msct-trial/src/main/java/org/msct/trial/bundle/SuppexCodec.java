package org.msct.trial.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.Infusion;

/**
 * SUPPEX ↔ the supplemental qualifiers of {@link Infusion}: {@code EXWTKG} (body weight used for dosing, kg),
 * {@code EXTOTCEL} (cells infused, absolute count) and {@code EXREACT} (infusion reaction text), each tied to its EX
 * record by {@code IDVAR = EXSEQ}. QNAMs are msct proposals (cdisc-terms.md §2 EX proposes EXTOTCEL).
 */
final class SuppexCodec implements Codec<SuppQual> {
    static final String WEIGHT = "EXWTKG";
    static final String CELLS = "EXTOTCEL";
    static final String REACTION = "EXREACT";
    static final String RULE_PARENT = "BUNDLE-SUPP-PARENT";
    static final String RULE_QNAM = "BUNDLE-SUPP-QNAM";
    static final String RULE_DUPLICATE = "BUNDLE-SUPP-DUPLICATE";

    private static final Domain D = Domain.SUPPEX;
    private static final int RDOMAIN = D.index("RDOMAIN"),
            USUBJID = D.index("USUBJID"),
            IDVAR = D.index("IDVAR"),
            IDVARVAL = D.index("IDVARVAL"),
            QNAM = D.index("QNAM"),
            QLABEL = D.index("QLABEL"),
            QVAL = D.index("QVAL"),
            QORIG = D.index("QORIG"),
            QEVAL = D.index("QEVAL");

    @Override
    public Domain domain() {
        return D;
    }

    @Override
    public @Nullable SuppQual decode(Cells c) {
        var rdomain = c.req(RDOMAIN);
        if (rdomain != null && !rdomain.equals("EX")) c.error(RDOMAIN, rdomain, "BUNDLE-DOMAIN", "RDOMAIN must be EX");
        var usubjid = c.req(USUBJID);
        var idvar = c.str(IDVAR);
        if (!"EXSEQ".equals(idvar)) c.error(IDVAR, idvar, RULE_PARENT, "IDVAR must be EXSEQ");
        var idvarval = c.str(IDVARVAL);
        if (idvarval == null || !Values.isInteger(idvarval)) {
            c.error(IDVARVAL, idvarval, RULE_PARENT, "IDVARVAL must be the EXSEQ of an EX record");
        }
        var qnam = c.req(QNAM);
        var qlabel = c.req(QLABEL);
        var qval = c.req(QVAL);
        var qorig = c.req(QORIG);
        if (qnam != null && qval != null) {
            switch (qnam) {
                case WEIGHT, CELLS -> {
                    if (!Values.isDecimal(qval)) c.error(QVAL, qval, Cells.RULE_NUMBER, qnam + " QVAL is not a number");
                }
                case REACTION -> {}
                default -> c.error(QNAM, qnam, RULE_QNAM, "unknown QNAM; expected EXWTKG, EXTOTCEL or EXREACT");
            }
        }
        if (c.rowHasError()) return null;
        return new SuppQual(usubjid, idvar, idvarval, qnam, qlabel, qval, qorig, c.str(QEVAL), c.rowAsInt());
    }

    @Override
    public void encode(SuppQual q, @Nullable Object[] o) {
        o[RDOMAIN] = "EX";
        o[USUBJID] = q.usubjid();
        o[IDVAR] = q.idvar();
        o[IDVARVAL] = q.idvarval();
        o[QNAM] = q.qnam();
        o[QLABEL] = q.qlabel();
        o[QVAL] = q.qval();
        o[QORIG] = q.qorig();
        o[QEVAL] = q.qeval();
    }

    @Override
    public String usubjid(SuppQual q) {
        return q.usubjid();
    }

    @Override
    public int seq(SuppQual q) {
        return 0;
    }

    /** The SUPPEX rows of these infusions, in infusion order, EXWTKG, EXTOTCEL, EXREACT. */
    static List<SuppQual> of(List<Infusion> infusions) {
        List<SuppQual> out = new ArrayList<>();
        for (Infusion x : infusions) {
            String seq = Integer.toString(x.seq());
            if (x.weightKg() != null)
                out.add(q(x, seq, WEIGHT, "Body Weight Used for Dosing (kg)", Values.number(x.weightKg())));
            if (x.cellsGiven() != null) out.add(q(x, seq, CELLS, "Total Cells Infused", Values.number(x.cellsGiven())));
            if (x.reaction() != null) out.add(q(x, seq, REACTION, "Infusion Reaction", x.reaction()));
        }
        return out;
    }

    private static SuppQual q(Infusion x, String seq, String qnam, String label, String qval) {
        return new SuppQual(x.usubjid(), "EXSEQ", seq, qnam, label, qval, "CRF", null, 0);
    }

    /** Merges SUPPEX rows into their EX records; reports rows without a parent and repeated qualifiers. */
    static List<Infusion> merge(List<Infusion> ex, List<SuppQual> supp, String file, Findings findings) {
        if (supp.isEmpty()) return ex;
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < ex.size(); i++)
            pos.put(ex.get(i).usubjid() + '\u0000' + ex.get(i).seq(), i);
        Map<Integer, String[]> values = new HashMap<>();
        for (SuppQual q : supp) {
            Integer i = pos.get(q.usubjid() + '\u0000' + Integer.parseInt(q.idvarval()));
            if (i == null) {
                findings.error(
                        file,
                        q.row(),
                        "IDVARVAL",
                        q.idvarval(),
                        RULE_PARENT,
                        "no EX record of " + q.usubjid() + " has EXSEQ " + q.idvarval());
                continue;
            }
            String[] v = values.computeIfAbsent(i, k -> new String[3]);
            int slot = q.qnam().equals(WEIGHT) ? 0 : q.qnam().equals(CELLS) ? 1 : 2;
            if (v[slot] != null) {
                findings.error(
                        file,
                        q.row(),
                        "QNAM",
                        q.qnam(),
                        RULE_DUPLICATE,
                        q.qnam() + " given twice for " + q.usubjid() + " EXSEQ " + q.idvarval());
                continue;
            }
            v[slot] = q.qval();
        }
        List<Infusion> out = new ArrayList<>(ex);
        for (var e : values.entrySet()) {
            String[] v = e.getValue();
            Infusion x = out.get(e.getKey());
            out.set(
                    e.getKey(),
                    x.withSupplement(
                            v[0] == null ? null : Double.valueOf(v[0]),
                            v[1] == null ? null : Double.valueOf(v[1]),
                            v[2]));
        }
        return out;
    }
}
