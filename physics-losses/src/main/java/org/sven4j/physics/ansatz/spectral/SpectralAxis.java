package org.sven4j.physics.ansatz.spectral;

/**
 * One direction of a tensor-product basis: a {@link BasisFamily} of degree n on the interval
 * [a, b]. Polynomials act on t = (2x − a − b)/(b − a) ∈ [−1, 1], so d/dx = (2/(b − a))·d/dt; the
 * Fourier family is periodic with period L = b − a. Immutable.
 *
 * <p>Derivatives of every order are exact, from the differentiated three-term recurrences
 * T_{k+1}^{(r)} = 2t·T_k^{(r)} + 2r·T_k^{(r−1)} − T_{k−1}^{(r)} and
 * (k+1)·P_{k+1}^{(r)} = (2k+1)(t·P_k^{(r)} + r·P_k^{(r−1)}) − k·P_{k−1}^{(r)}, and for Fourier from
 * (cos)^{(r)}(y) = cos(y + rπ/2). Cost O(n·(r+1)) per point.
 */
public final class SpectralAxis {
    private final BasisFamily family;
    private final int degree;
    /** Points within this relative distance outside [a, b] (rounding of mapped coordinates) are accepted. */
    private static final double OUTSIDE = 1e-9;
    private final double lower;
    private final double upper;

    private SpectralAxis(BasisFamily family, int degree, double lower, double upper) {
        if (family == null) {
            throw new IllegalArgumentException("basis family is null");
        }
        if (degree < 0) {
            throw new IllegalArgumentException("axis degree must be >= 0, got " + degree);
        }
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("axis interval [" + lower + ", " + upper + "] needs finite lower < upper");
        }
        this.family = family;
        this.degree = degree;
        this.lower = lower;
        this.upper = upper;
    }

    /** @return T_0..T_n on [a, b] */
    public static SpectralAxis chebyshev(int n, double a, double b) {
        return new SpectralAxis(BasisFamily.CHEBYSHEV, n, a, b);
    }

    /** @return P_0..P_n on [a, b] */
    public static SpectralAxis legendre(int n, double a, double b) {
        return new SpectralAxis(BasisFamily.LEGENDRE, n, a, b);
    }

    /** @return 1, cos(qωy), sin(qωy), q = 1..n, periodic on [a, b) */
    public static SpectralAxis fourier(int n, double a, double b) {
        return new SpectralAxis(BasisFamily.FOURIER, n, a, b);
    }

    public BasisFamily family() {
        return family;
    }

    /** @return n: the polynomial degree, or the highest Fourier frequency */
    public int degree() {
        return degree;
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    /** @return the number of 1-D functions: n + 1, or 2n + 1 for Fourier */
    public int size() {
        return family == BasisFamily.FOURIER ? 2 * degree + 1 : degree + 1;
    }

    /** @return the degree of function j (for total-degree index sets): j, or the frequency ⌈j/2⌉ for Fourier */
    public int degreeOf(int j) {
        return family == BasisFamily.FOURIER ? (j + 1) / 2 : j;
    }

    /**
     * Fills out[r][j] = d^r φ_j / dx^r at x for r = 0..maxOrder, j = 0..size()−1. Fourier axes are periodic and
     * take any x; Chebyshev and Legendre axes refuse x outside [a, b] (beyond a relative 10⁻⁹).
     *
     * @param out at least (maxOrder+1) rows of at least size() entries
     */
    public void derivatives(double x, int maxOrder, double[][] out) {
        int size = size();
        if (family == BasisFamily.FOURIER) {
            double omega = 2 * Math.PI / (upper - lower);
            double y = x - lower;
            for (int r = 0; r <= maxOrder; r++) {
                out[r][0] = r == 0 ? 1 : 0;
            }
            for (int q = 1; q <= degree; q++) {
                double f = q * omega;
                double c = Math.cos(f * y);
                double s = Math.sin(f * y);
                double pow = 1;
                for (int r = 0; r <= maxOrder; r++) {
                    switch (r & 3) {
                        case 0:
                            out[r][2 * q - 1] = pow * c;
                            out[r][2 * q] = pow * s;
                            break;
                        case 1:
                            out[r][2 * q - 1] = -pow * s;
                            out[r][2 * q] = pow * c;
                            break;
                        case 2:
                            out[r][2 * q - 1] = -pow * c;
                            out[r][2 * q] = -pow * s;
                            break;
                        default:
                            out[r][2 * q - 1] = pow * s;
                            out[r][2 * q] = -pow * c;
                    }
                    pow *= f;
                }
            }
            return;
        }
        double t = (2 * x - lower - upper) / (upper - lower);
        if (!(Math.abs(t) <= 1 + OUTSIDE)) {
            throw new IllegalArgumentException(family + " axis on [" + lower + ", " + upper + "] evaluated at x = " + x
                    + ": outside its interval (a polynomial basis does not extrapolate; widen the interval)");
        }
        double scale = 2 / (upper - lower);
        boolean cheb = family == BasisFamily.CHEBYSHEV;
        for (int r = 0; r <= maxOrder; r++) {
            double[] o = out[r];
            double[] lowerOrder = r > 0 ? out[r - 1] : null;
            o[0] = r == 0 ? 1 : 0;
            if (size > 1) {
                o[1] = r == 0 ? t : (r == 1 ? 1 : 0);
            }
            for (int k = 1; k + 1 < size; k++) {
                double prev = lowerOrder == null ? 0 : lowerOrder[k];
                if (cheb) {
                    o[k + 1] = 2 * t * o[k] + 2 * r * prev - o[k - 1];
                } else {
                    o[k + 1] = ((2 * k + 1) * (t * o[k] + r * prev) - k * o[k - 1]) / (k + 1);
                }
            }
        }
        // Convert d/dt to d/dx row by row (after the recurrences, which need the unscaled rows).
        double pow = scale;
        for (int r = 1; r <= maxOrder; r++) {
            for (int j = 0; j < size; j++) {
                out[r][j] *= pow;
            }
            pow *= scale;
        }
    }

    /**
     * The collocation nodes the catalog uses for this axis: k = ⌈4s/3⌉ of them for s = {@link #size()} functions
     * (about 4/3 oversampling, which keeps polynomial least squares well conditioned where uniform random points
     * would need O(s²)): the Chebyshev–Gauss points x_j = c + h·cos(π(j + ½)/k) (c the midpoint, h the
     * half-length) for polynomial axes, the equispaced a + j·(b − a)/k for Fourier axes. Tensor products of these
     * serve interior conditions; faces x_i ∈ {a_i, b_i} serve boundaries.
     *
     * @return the k nodes, descending for polynomial axes, ascending for Fourier axes
     */
    public double[] collocationNodes() {
        int k = (4 * size() + 2) / 3;
        double[] x = new double[k];
        for (int j = 0; j < k; j++) {
            x[j] = family == BasisFamily.FOURIER ? lower + j * (upper - lower) / k
                    : 0.5 * (lower + upper) + 0.5 * (upper - lower) * Math.cos(Math.PI * (j + 0.5) / k);
        }
        return x;
    }

    @Override
    public String toString() {
        return family + "(" + degree + ") on [" + lower + ", " + upper + "]";
    }
}
