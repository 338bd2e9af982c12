package org.msct.stats.paired;

import java.util.Arrays;
import org.msct.core.error.InputDataException;
import org.msct.stats.data.LongData;

/**
 * Subjects observed at both time points: each non-missing (param, visitA) row joined with every non-missing (paramB,
 * visitB) row of the same subject, as R's {@code merge(A, B, by = "subject_id")} does (a subject with duplicate rows
 * gives their cross product). The arm is that of the visit-A row.
 *
 * @param a value at (param, visitA)
 * @param b value at (paramB, visitB)
 * @param arm arm code (byte order, see {@link LongData#armLevels()})
 * @param rowA 0-based row index of the visit-A value in the data
 * @param rowB 0-based row index of the visit-B value in the data
 */
public record Pairs(double[] a, double[] b, int[] arm, int[] rowA, int[] rowB) {

    public int size() {
        return a.length;
    }

    /**
     * Joins the two visits.
     *
     * @throws InputDataException (row 0) if there is no pair, naming the parameter and visit without data
     */
    public static Pairs of(LongData d, String param, double visitA, String paramB, double visitB) {
        int pa = d.paramCode(param);
        int pb = d.paramCode(paramB);
        int nSubj = d.subjectLevels().size();
        // counting sort of the visit-B rows by subject: start[s]..start[s+1] lists subject s's rows
        int[] start = new int[nSubj + 1];
        int nb = 0;
        for (int i = 0; i < d.size(); i++) {
            if (isRow(d, i, pb, visitB)) {
                start[d.subject()[i] + 1]++;
                nb++;
            }
        }
        for (int s = 0; s < nSubj; s++) start[s + 1] += start[s];
        int[] bRows = new int[nb];
        int[] fill = Arrays.copyOf(start, nSubj);
        for (int i = 0; i < d.size(); i++) {
            if (isRow(d, i, pb, visitB)) bRows[fill[d.subject()[i]]++] = i;
        }
        int cap = 16;
        int n = 0;
        int na = 0;
        int[] ra = new int[cap];
        int[] rb = new int[cap];
        for (int i = 0; i < d.size(); i++) {
            if (!isRow(d, i, pa, visitA)) continue;
            na++;
            int s = d.subject()[i];
            for (int k = start[s]; k < start[s + 1]; k++) {
                if (n == cap) {
                    cap *= 2;
                    ra = Arrays.copyOf(ra, cap);
                    rb = Arrays.copyOf(rb, cap);
                }
                ra[n] = i;
                rb[n] = bRows[k];
                n++;
            }
        }
        if (n == 0) throw noPairs(d, param, visitA, paramB, visitB, na, nb);
        ra = Arrays.copyOf(ra, n);
        rb = Arrays.copyOf(rb, n);
        double[] va = new double[n];
        double[] vb = new double[n];
        int[] arm = new int[n];
        for (int k = 0; k < n; k++) {
            va[k] = d.value()[ra[k]];
            vb[k] = d.value()[rb[k]];
            arm[k] = d.arm()[ra[k]];
        }
        return new Pairs(va, vb, arm, ra, rb);
    }

    /** The pairs of one arm (in the same order). */
    public Pairs ofArm(int armCode) {
        int m = 0;
        for (int x : arm) if (x == armCode) m++;
        double[] va = new double[m];
        double[] vb = new double[m];
        int[] ar = new int[m];
        int[] ra = new int[m];
        int[] rb = new int[m];
        int j = 0;
        for (int k = 0; k < a.length; k++) {
            if (arm[k] != armCode) continue;
            va[j] = a[k];
            vb[j] = b[k];
            ar[j] = armCode;
            ra[j] = rowA[k];
            rb[j] = rowB[k];
            j++;
        }
        return new Pairs(va, vb, ar, ra, rb);
    }

    /** Number of pairs per arm code ({@code armCount} = number of arm levels of the data). */
    public int[] countByArm(int armCount) {
        int[] c = new int[armCount];
        for (int x : arm) c[x]++;
        return c;
    }

    /** Visit number as the user typed it (integers without ".0"). */
    public static String visitLabel(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean isRow(LongData d, int i, int param, double visit) {
        return param >= 0 && d.param()[i] == param && d.visit()[i] == visit && !Double.isNaN(d.value()[i]);
    }

    private static InputDataException noPairs(
            LongData d, String param, double visitA, String paramB, double visitB, int na, int nb) {
        String what;
        if (na == 0) {
            what = "no non-missing value of param '" + param + "' at visit " + visitLabel(visitA);
        } else if (nb == 0) {
            what = "no non-missing value of param '" + paramB + "' at visit " + visitLabel(visitB);
        } else {
            what = "no subject has non-missing values of both param '" + param + "' at visit " + visitLabel(visitA)
                    + " and param '" + paramB + "' at visit " + visitLabel(visitB);
        }
        return new InputDataException(d.file(), 0, "param", what + "; nothing to pair");
    }
}
