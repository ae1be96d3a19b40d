package org.sven4j.baseline;

/** Vector norms the baselines share. */
final class VectorNorms {
    private VectorNorms() {
    }

    /** @return ‖v‖₂ */
    static double norm2(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** @return ‖v‖∞ (NaN if any entry is NaN) */
    static double normInf(double[] v) {
        double m = 0;
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** @return uᵀv */
    static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
