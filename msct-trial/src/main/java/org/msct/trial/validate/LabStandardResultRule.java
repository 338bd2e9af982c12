package org.msct.trial.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.LabResult;

/**
 * VAL-LB-003: LBSTRESN must equal LBORRES converted from LBORRESU to LBSTRESU. Allowed difference: half a unit of
 * the last decimal of LBSTRESC (the standard result may be rounded) plus {@link ValidationOptions#labRelativeTolerance}
 * of the converted value. Checked only when LBORRES is a plain number, both units are set and convertible
 * (VAL-LB-002 reports the others) and LBSTRESN is present. Example: creatinine 0.95 mg/dL × 88.4 = 83.98 µmol/L;
 * LBSTRESN 84 (LBSTRESC "84") is within 0.5 + 0.84.
 */
final class LabStandardResultRule extends BaseRule {
    private final LabCatalog catalog;

    LabStandardResultRule(LabCatalog catalog) {
        super(
                "VAL-LB-003",
                Severity.ERROR,
                "LBSTRESN inconsistent with LBORRES converted to the standard unit",
                "SDTMIG 3.4 LB (--STRESN is --ORRES in standard units); cdisc-terms.md §4.2");
        this.catalog = catalog;
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        String file = ctx.file("lb");
        double rel = ctx.options().labRelativeTolerance();
        for (LabResult l : ctx.data().labs()) {
            if (l.stresn() == null || l.orres() == null || l.orresu() == null || l.stresu() == null) continue;
            var t = catalog.test(l.testcd()).orElse(null);
            if (t == null || t.standardUnit() == null || !l.stresu().equals(t.standardUnit())) continue;
            double orres;
            try {
                orres = Double.parseDouble(l.orres());
            } catch (NumberFormatException e) {
                continue;
            }
            OptionalDouble exp = t.toStandard(orres, l.orresu());
            if (exp.isEmpty()) continue;
            double expected = exp.getAsDouble();
            double allowed = 0.5 * Math.pow(10, -decimals(l.stresc(), l.stresn())) + rel * Math.abs(expected) + 1e-9;
            if (Math.abs(expected - l.stresn()) > allowed) {
                out.add(finding(
                        file,
                        l.row(),
                        "LBSTRESN",
                        num(l.stresn()),
                        String.format(
                                Locale.ROOT,
                                "LBORRES %s %s is %.4g %s; LBSTRESN differs by more than %.3g",
                                l.orres(),
                                l.orresu(),
                                expected,
                                l.stresu(),
                                allowed)));
            }
        }
        return out;
    }

    /** Decimal places of LBSTRESC when it is a number, else of LBSTRESN's shortest text. */
    static int decimals(String stresc, double stresn) {
        String s = stresc;
        if (s == null) s = num(stresn);
        int dot = s.indexOf('.');
        if (dot < 0 || s.indexOf('E') >= 0 || s.indexOf('e') >= 0) return 0;
        return s.length() - dot - 1;
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
