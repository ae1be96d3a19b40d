package org.sven4j.pde.catalog;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** Error metrics between predicted and reference fields on an evaluation set. O(n·m). */
final class Metrics {
    private Metrics() {
    }

    /**
     * @param predicted n×m
     * @param reference n×m
     * @param fields m field names
     * @return relative L2 (‖e‖₂/‖u_ref‖₂; the absolute ‖e‖₂ when u_ref ≡ 0) and max-abs error per field
     */
    public static ErrorReport errors(DMatrixRMaj predicted, DMatrixRMaj reference, List<String> fields) {
        if (predicted.numRows != reference.numRows || predicted.numCols != reference.numCols) {
            throw new IllegalArgumentException("predicted is " + predicted.numRows + "x" + predicted.numCols
                    + " but reference is " + reference.numRows + "x" + reference.numCols);
        }
        int m = reference.numCols;
        if (fields.size() != m) {
            throw new IllegalArgumentException(m + " fields expected, got " + fields.size() + " names");
        }
        double[] rel = new double[m];
        double[] max = new double[m];
        for (int k = 0; k < m; k++) {
            double num = 0;
            double den = 0;
            for (int r = 0; r < reference.numRows; r++) {
                double ref = reference.get(r, k);
                double e = predicted.get(r, k) - ref;
                num += e * e;
                den += ref * ref;
                max[k] = Math.max(max[k], Math.abs(e));
            }
            rel[k] = den > 0 ? Math.sqrt(num / den) : Math.sqrt(num);
        }
        return new ErrorReport(fields, rel, max);
    }
}
