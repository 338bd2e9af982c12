package org.msct.cli.analyze;

import java.util.List;
import java.util.Map;
import org.msct.derivations.dataset.Row;
import org.msct.stats.data.TteData;

/**
 * The ADTTE records of one parameter as msct-stats input: times in months of {@value EndpointStats#DAYS_PER_MONTH}
 * days (AVAL / 30.4375) and status 1 = event (CNSR 0), 0 = censored. Records without AVAL are left out.
 *
 * @param rows the records, in ADTTE order
 * @param months time of each record in months
 * @param status 1 event, 0 censored
 */
record TteRows(List<Row> rows, double[] months, int[] status) {
    static TteRows of(Derived d, String paramcd) {
        List<Row> rows = d.adtte().rows().stream()
                .filter(r -> paramcd.equals(r.str("PARAMCD")) && r.dec("AVAL") != null)
                .toList();
        int n = rows.size();
        double[] t = new double[n];
        int[] st = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = rows.get(i).dec("AVAL") / EndpointStats.DAYS_PER_MONTH;
            st[i] = rows.get(i).integer("CNSR") == 0 ? 1 : 0;
        }
        return new TteRows(rows, t, st);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** One-arm msct-stats input named {@code name} from times and statuses (status 2 = competing event for CIF). */
    static TteData singleArm(String name, double[] months, int[] status) {
        int n = months.length;
        return new TteData(
                name, null, List.of(), new int[n], List.of("All"), null, months, status, null, null, Map.of());
    }
}
