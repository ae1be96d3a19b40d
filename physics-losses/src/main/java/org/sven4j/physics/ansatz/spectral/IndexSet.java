package org.sven4j.physics.ansatz.spectral;

import java.util.ArrayList;
import java.util.List;

/**
 * Which tensor products φ_β(x) = Π_i φ^{(i)}_{β_i}(x_i) form the basis. Multi-indices are listed
 * in lexicographic order with the last direction varying fastest.
 */
public enum IndexSet {
    /** All β with 0 ≤ β_i < size of axis i: Π_i size_i functions. */
    FULL_TENSOR,
    /** All β with Σ_i degree_i(β_i) ≤ n (degree_i as in {@link SpectralAxis#degreeOf(int)}), each β_i within its axis. */
    TOTAL_DEGREE;

    /**
     * @param totalDegree n for {@link #TOTAL_DEGREE}, ignored otherwise
     * @return the multi-indices, each of length axes.size()
     */
    public List<int[]> indices(List<SpectralAxis> axes, int totalDegree) {
        List<int[]> out = new ArrayList<>();
        int d = axes.size();
        int[] beta = new int[d];
        while (true) {
            if (this == FULL_TENSOR || degree(axes, beta) <= totalDegree) {
                out.add(beta.clone());
            }
            int i = d - 1;
            while (i >= 0 && beta[i] == axes.get(i).size() - 1) {
                beta[i] = 0;
                i--;
            }
            if (i < 0) {
                return out;
            }
            beta[i]++;
        }
    }

    private static int degree(List<SpectralAxis> axes, int[] beta) {
        int s = 0;
        for (int i = 0; i < beta.length; i++) {
            s += axes.get(i).degreeOf(beta[i]);
        }
        return s;
    }
}
