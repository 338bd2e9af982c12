package org.msct.trial.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one dataset file through a {@link Codec}: maps the header to the domain's variables, then streams the rows,
 * checking STUDYID, DOMAIN, the subject (child datasets), and uniqueness of --SEQ within the subject (of USUBJID in
 * DM, of VISITNUM within the subject in SV). Every problem becomes a finding; rows with errors are dropped (the
 * whole import then fails).
 */
final class DomainReader<T> {
    static final String RULE_VAR_MISSING = "BUNDLE-VAR-MISSING";
    static final String RULE_VAR_UNKNOWN = "BUNDLE-VAR-UNKNOWN";
    static final String RULE_VAR_DUPLICATE = "BUNDLE-VAR-DUPLICATE";
    static final String RULE_FIELDS = "BUNDLE-CSV-FIELDS";
    static final String RULE_SYNTAX = "BUNDLE-SYNTAX";
    static final String RULE_STUDYID = "BUNDLE-STUDYID";
    static final String RULE_DOMAIN = "BUNDLE-DOMAIN";
    static final String RULE_USUBJID_UNKNOWN = "BUNDLE-USUBJID-UNKNOWN";
    static final String RULE_USUBJID_DUPLICATE = "BUNDLE-USUBJID-DUPLICATE";
    static final String RULE_SEQ_DUPLICATE = "BUNDLE-SEQ-DUPLICATE";
    static final String RULE_VISIT_DUPLICATE = "BUNDLE-VISIT-DUPLICATE";
    static final String RULE_VALUE = "BUNDLE-VALUE";

    private final Codec<T> codec;
    private final String file;
    private final @Nullable String studyId;
    private final @Nullable Set<String> subjects;
    private final Findings findings;
    private final Interner interner;
    private final int usubjidVar;
    private @Nullable Set<String> seenSubjects;

    /**
     * @param studyId STUDYID of study.json, or null when study.json could not be read (not checked then)
     * @param subjects USUBJIDs of DM, or null when reading DM itself
     */
    DomainReader(
            Codec<T> codec,
            String file,
            @Nullable String studyId,
            @Nullable Set<String> subjects,
            Findings f,
            Interner i) {
        this.codec = codec;
        this.file = file;
        this.studyId = studyId;
        this.subjects = subjects;
        this.findings = f;
        this.interner = i;
        this.usubjidVar = codec.domain().index("USUBJID");
    }

    /**
     * Collects the USUBJID text of every row into {@code into}, including rows rejected for other problems (used
     * for DM, so that a DM row with a bad value does not also make its child records "unknown subject").
     */
    DomainReader<T> collectingSubjects(Set<String> into) {
        this.seenSubjects = into;
        return this;
    }

    List<T> read(RowSource src) {
        List<T> out = new ArrayList<>();
        boolean inRows = false;
        try (src) {
            List<String> header = src.header();
            inRows = true;
            if (header == null) return out;
            int[] varOf = mapHeader(header);
            if (varOf == null) return out;
            rows(src, header, varOf, 0, out);
            src.finish();
        } catch (RowSource.SyntaxException e) {
            findings.error(file, inRows ? rows + 1 : 0, null, null, RULE_SYNTAX, e.getMessage());
        } catch (IOException e) {
            findings.error(file, rows, null, null, RULE_SYNTAX, "cannot read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            findings.error(
                    file,
                    rows,
                    null,
                    null,
                    RULE_SYNTAX,
                    "cannot read: " + e.getCause().getMessage());
        }
        return out;
    }

    private @Nullable String goodStudyId;
    private @Nullable String goodDomain;

    /** The row number reached (the last row read); after {@link #rows}, the number of rows read plus the offset. */
    private long rows;

    /** --SEQ values used per subject, and other keys (VISITNUM per subject, --SEQ ≥ 10^7), of the rows read. */
    final Map<String, BitSet> seqs = new HashMap<>();

    final Set<String> keys = new HashSet<>();

    long rowReached() {
        return rows;
    }

    /**
     * Reads the rows of {@code src} (after its header), numbering them from {@code rowsBefore + 1}, into
     * {@code out}. Syntax and I/O problems are thrown (the caller reports them at {@link #rowReached()}).
     */
    void rows(RowSource src, List<String> header, int[] varOf, long rowsBefore, List<T> out) throws IOException {
        long row = rowsBefore;
        rows = row;
        Domain d = codec.domain();
        int studyVar = d.index("STUDYID");
        int domainVar = d.indexOrMinus("DOMAIN");
        Cells cells = new Cells(file, d, findings, interner);
        int usubjidCol = header.indexOf("USUBJID");
        int width = header.size();
        String[] values;
        while ((values = src.next()) != null) {
            rows = ++row;
            if (values.length != width) {
                String last = values.length == 0 ? null : values[values.length - 1];
                boolean quote = last != null && (last.indexOf('\n') >= 0 || last.indexOf('\r') >= 0);
                findings.error(
                        file,
                        row,
                        null,
                        null,
                        RULE_FIELDS,
                        "row has " + values.length + " fields, the header has " + width
                                + (quote ? " (an unclosed quote?)" : ""));
                continue;
            }
            if (seenSubjects != null && usubjidCol >= 0 && usubjidCol < values.length) {
                String u = values[usubjidCol];
                if (u != null && !u.isEmpty()) seenSubjects.add(u);
            }
            cells.reset(row);
            int[] slots = src.slots();
            if (slots != null) {
                for (int col = 0; col < values.length; col++) {
                    if (varOf[col] >= 0) cells.set(varOf[col], values[col], slots[col]);
                }
            } else {
                for (int col = 0; col < values.length; col++) if (varOf[col] >= 0) cells.set(varOf[col], values[col]);
            }
            // the same instance as a value found right before is not compared again
            String sid = cells.raw(studyVar);
            if (studyId != null && sid != null && sid != goodStudyId) {
                if (sid.equals(studyId)) goodStudyId = sid;
                else cells.error(studyVar, sid, RULE_STUDYID, "STUDYID differs from study.json (" + studyId + ")");
            }
            if (domainVar >= 0) {
                String dom = cells.raw(domainVar);
                if (dom != null && dom != goodDomain) {
                    if (dom.equals(d.name())) goodDomain = dom;
                    else cells.error(domainVar, dom, RULE_DOMAIN, "DOMAIN must be " + d.name());
                }
            }
            T rec = decode(cells);
            if (rec == null || cells.rowHasError()) continue;
            if (checkKeys(rec, cells, seqs, keys)) out.add(rec);
        }
    }

    private @Nullable T decode(Cells cells) {
        try {
            return codec.decode(cells);
        } catch (IllegalArgumentException e) {
            cells.rowError(null, null, RULE_VALUE, e.getMessage());
            return null;
        }
    }

    /** Column → variable position (-1 = not a variable of the domain), or null when a Req variable is missing. */
    int @Nullable [] mapHeader(List<String> header) {
        Domain d = codec.domain();
        int[] varOf = new int[header.size()];
        boolean[] present = new boolean[d.variables().size()];
        for (int col = 0; col < header.size(); col++) {
            String name = header.get(col);
            int v = name == null ? -1 : d.indexOrMinus(name);
            varOf[col] = v;
            if (v < 0) {
                findings.warning(
                        file,
                        0,
                        name,
                        null,
                        RULE_VAR_UNKNOWN,
                        "variable not in the msct " + d.name() + " layout; its values are ignored");
            } else if (present[v]) {
                findings.error(file, 0, name, null, RULE_VAR_DUPLICATE, "variable appears twice in the header");
                varOf[col] = -1;
            } else {
                present[v] = true;
            }
        }
        boolean ok = true;
        for (int v = 0; v < present.length; v++) {
            Variable var = d.variables().get(v);
            if (var.required() && !present[v]) {
                findings.error(file, 0, var.name(), null, RULE_VAR_MISSING, "required variable is missing");
                ok = false;
            }
        }
        return ok ? varOf : null;
    }

    /** DM only: the first row of each USUBJID, so that a duplicate names both rows. */
    private final Map<String, Long> dmRows = new java.util.HashMap<>();

    private @Nullable String lastSubject;
    private @Nullable BitSet lastSeqs;

    private boolean checkKeys(T rec, Cells cells, Map<String, BitSet> seqs, Set<String> keys) {
        String usubjid = codec.usubjid(rec);
        boolean sameSubject = usubjid.equals(lastSubject);
        int usubjidVar = this.usubjidVar;
        if (subjects == null) {
            Long first = dmRows.putIfAbsent(usubjid, cells.row());
            if (first != null) {
                cells.error(
                        usubjidVar,
                        usubjid,
                        RULE_USUBJID_DUPLICATE,
                        "USUBJID appears twice in DM: rows " + first + " and " + cells.row());
                return false;
            }
            return true;
        }
        if (!sameSubject && !subjects.contains(usubjid)) {
            cells.error(usubjidVar, usubjid, RULE_USUBJID_UNKNOWN, "USUBJID is not a subject of DM");
            return false;
        }
        if (rec instanceof org.msct.trial.model.Visit v) {
            if (!keys.add(usubjid + '\u0000' + v.visitnum())) {
                String vn = cells.raw(codec.domain().index("VISITNUM"));
                cells.rowError("VISITNUM", vn, RULE_VISIT_DUPLICATE, "VISITNUM appears twice for " + usubjid);
                return false;
            }
            return true;
        }
        int seq = codec.seq(rec);
        if (seq <= 0) return true;
        if (!sameSubject) {
            lastSubject = usubjid;
            lastSeqs = seqs.computeIfAbsent(usubjid, k -> new BitSet());
        }
        BitSet used = lastSeqs;
        if (seq < 10_000_000) {
            if (used.get(seq)) return duplicateSeq(cells, usubjid, seq);
            used.set(seq);
        } else if (!keys.add(usubjid + '\u0000' + seq)) {
            return duplicateSeq(cells, usubjid, seq);
        }
        return true;
    }

    private boolean duplicateSeq(Cells cells, String usubjid, int seq) {
        String var = codec.domain().variables().get(3).name();
        cells.rowError(
                var, Integer.toString(seq), RULE_SEQ_DUPLICATE, var + " " + seq + " appears twice for " + usubjid);
        return false;
    }
}
