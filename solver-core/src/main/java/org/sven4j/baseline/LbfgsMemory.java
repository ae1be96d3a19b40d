package org.sven4j.baseline;

/**
 * The m most recent curvature pairs sᵢ = θᵢ₊₁ − θᵢ, yᵢ = gᵢ₊₁ − gᵢ of L-BFGS and the two-loop
 * recursion (Nocedal &amp; Wright, Algorithm 7.4) that applies the inverse-Hessian approximation
 * Hᵢ₊₁ = Vᵢᵀ Hᵢ Vᵢ + ρᵢ sᵢ sᵢᵀ, Vᵢ = I − ρᵢ yᵢ sᵢᵀ, ρᵢ = 1 / yᵢᵀsᵢ, started from H₀ = γI with
 * γ = sᵀy / yᵀy of the newest pair.
 * Storage 2·m·P doubles; {@link #apply} costs 4·m·P flops.
 */
final class LbfgsMemory {
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    private int size;
    private int newest = -1;

    LbfgsMemory(int memory, int parameters) {
        s = new double[memory][parameters];
        y = new double[memory][parameters];
        rho = new double[memory];
        alpha = new double[memory];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
        newest = -1;
    }

    /**
     * Stores the pair if it satisfies the curvature condition sᵀy > ε·yᵀy (ε = machine epsilon).
     *
     * @return whether the pair was stored
     */
    boolean push(double[] step, double[] gradientChange) {
        double sy = VectorNorms.dot(step, gradientChange);
        double yy = VectorNorms.dot(gradientChange, gradientChange);
        if (!(sy > Math.ulp(1.0) * yy) || !Double.isFinite(sy) || !Double.isFinite(yy)) {
            return false;
        }
        newest = (newest + 1) % s.length;
        System.arraycopy(step, 0, s[newest], 0, step.length);
        System.arraycopy(gradientChange, 0, y[newest], 0, gradientChange.length);
        rho[newest] = 1.0 / sy;
        size = Math.min(size + 1, s.length);
        return true;
    }

    /**
     * out = −H·g by the two-loop recursion; with an empty memory, out = −g.
     */
    void direction(double[] g, double[] out) {
        int p = g.length;
        for (int j = 0; j < p; j++) {
            out[j] = g[j];
        }
        int m = s.length;
        for (int k = 0; k < size; k++) {
            int i = Math.floorMod(newest - k, m);
            double a = rho[i] * VectorNorms.dot(s[i], out);
            alpha[i] = a;
            double[] yi = y[i];
            for (int j = 0; j < p; j++) {
                out[j] -= a * yi[j];
            }
        }
        if (size > 0) {
            double gamma = 1.0 / (rho[newest] * VectorNorms.dot(y[newest], y[newest]));
            for (int j = 0; j < p; j++) {
                out[j] *= gamma;
            }
        }
        for (int k = size - 1; k >= 0; k--) {
            int i = Math.floorMod(newest - k, m);
            double b = rho[i] * VectorNorms.dot(y[i], out);
            double c = alpha[i] - b;
            double[] si = s[i];
            for (int j = 0; j < p; j++) {
                out[j] += c * si[j];
            }
        }
        for (int j = 0; j < p; j++) {
            out[j] = -out[j];
        }
    }
}
