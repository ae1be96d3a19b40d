package org.sven4j.physics.ansatz.mlp;

/**
 * Elementwise activation σ with its first three derivatives, which Taylor-mode propagation of
 * second input derivatives and their parameter Jacobian need (σ''' enters ∂(Δh)/∂z).
 */
public enum Activation {
    /** σ(z) = tanh z; σ' = 1 − t², σ'' = −2t(1 − t²), σ''' = (1 − t²)(6t² − 2). */
    TANH,
    /** σ(z) = sin z. */
    SIN,
    /** σ(z) = log(1 + eᶻ), σ' = s = 1/(1 + e⁻ᶻ), σ'' = s(1 − s), σ''' = s(1 − s)(1 − 2s). */
    SOFTPLUS,
    /**
     * Exact GELU σ(z) = z·Φ(z) with Φ the standard normal CDF and φ its density:
     * σ' = Φ + zφ, σ'' = (2 − z²)φ, σ''' = (z³ − 4z)φ.
     */
    GELU,
    /** σ(z) = z (typically the output layer). */
    IDENTITY;

    private static final double INV_SQRT2 = 1 / Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    /** @return σ(z) */
    public double value(double z) {
        switch (this) {
            case TANH:
                return tanh(z);
            case SIN:
                return Math.sin(z);
            case SOFTPLUS:
                return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            case GELU:
                return z * normalCdf(z);
            default:
                return z;
        }
    }

    /**
     * Writes σ, σ', σ'', σ''' at z into {@code out[0..3]} (σ''' only when {@code out.length > 3}).
     */
    public void derivatives(double z, double[] out) {
        double v, d1, d2, d3;
        switch (this) {
            case TANH: {
                double t = tanh(z);
                double s = 1 - t * t;
                v = t;
                d1 = s;
                d2 = -2 * t * s;
                d3 = s * (6 * t * t - 2);
                break;
            }
            case SIN: {
                double sn = Math.sin(z);
                double cs = Math.cos(z);
                v = sn;
                d1 = cs;
                d2 = -sn;
                d3 = -cs;
                break;
            }
            case SOFTPLUS: {
                double s = 1 / (1 + Math.exp(-z));
                v = value(z);
                d1 = s;
                d2 = s * (1 - s);
                d3 = d2 * (1 - 2 * s);
                break;
            }
            case GELU: {
                double phi = INV_SQRT_2PI * Math.exp(-0.5 * z * z);
                double cdf = normalCdf(z);
                v = z * cdf;
                d1 = cdf + z * phi;
                d2 = (2 - z * z) * phi;
                d3 = (z * z * z - 4 * z) * phi;
                break;
            }
            default:
                v = z;
                d1 = 1;
                d2 = 0;
                d3 = 0;
        }
        out[0] = v;
        out[1] = d1;
        out[2] = d2;
        if (out.length > 3) {
            out[3] = d3;
        }
    }

    /**
     * Elementwise σ and its derivatives up to {@code order} on z[0..len): v[i] = σ(z[i]),
     * d1[i] = σ'(z[i]) when order ≥ 1, d2[i] = σ'' when order ≥ 2, d3[i] = σ''' when order ≥ 3 (arrays
     * of derivatives not requested may be null). Same formulas as {@link #derivatives(double, double[])},
     * with the switch hoisted out of the loop.
     */
    void evaluate(double[] z, int len, int order, double[] v, double[] d1, double[] d2, double[] d3) {
        switch (this) {
            case TANH:
                tanh(z, len, v);
                if (order >= 1) {
                    for (int i = 0; i < len; i++) {
                        double t = v[i];
                        d1[i] = 1 - t * t;
                    }
                }
                if (order >= 2) {
                    for (int i = 0; i < len; i++) {
                        d2[i] = -2 * v[i] * d1[i];
                    }
                }
                if (order >= 3) {
                    for (int i = 0; i < len; i++) {
                        double t = v[i];
                        d3[i] = d1[i] * (6 * t * t - 2);
                    }
                }
                return;
            case IDENTITY:
                System.arraycopy(z, 0, v, 0, len);
                if (order >= 1) {
                    java.util.Arrays.fill(d1, 0, len, 1.0);
                }
                if (order >= 2) {
                    java.util.Arrays.fill(d2, 0, len, 0.0);
                }
                if (order >= 3) {
                    java.util.Arrays.fill(d3, 0, len, 0.0);
                }
                return;
            default: {
                double[] out = new double[4];
                for (int i = 0; i < len; i++) {
                    derivatives(z[i], out);
                    v[i] = out[0];
                    if (order >= 1) {
                        d1[i] = out[1];
                    }
                    if (order >= 2) {
                        d2[i] = out[2];
                    }
                    if (order >= 3) {
                        d3[i] = out[3];
                    }
                }
            }
        }
    }

    /**
     * tanh z. For |z| ≥ 0.3: sign(z)·(1 − e)/(1 + e) with e = exp(−2|z|) (no cancellation, since e ≤ 0.55).
     * For |z| &lt; 0.3: the Maclaurin series z + Σ_{n=2}^{12} c_n z^{2n−1}, c_n = 2^{2n}(2^{2n} − 1)B_{2n}/(2n)!,
     * in Horner form in z². The truncation error is below 5e-18 relative (terms shrink by about 0.036 per
     * order at |z| = 0.3), and the correction term is under 3 % of z, so the result is within about 0.6 ulp.
     * Both branches avoid {@link Math#tanh}, which on JDK 17 is a native call costing about 20 ns.
     */
    static double tanh(double z) {
        double a = Math.abs(z);
        if (a < 0.3) {
            return Math.copySign(series(z), z);
        }
        double e = Math.exp(-2 * a);
        return Math.copySign((1 - e) / (1 + e), z);
    }

    /**
     * v[i] = {@link #tanh(double) tanh}(z[i]), bit for bit, in two passes: the series for every element in a
     * branch-free loop the JIT vectorises, then the exponential branch (and ±0, NaN) element by element where
     * |z| ≥ 0.3.
     */
    private static void tanh(double[] z, int len, double[] v) {
        for (int i = 0; i < len; i++) {
            v[i] = series(z[i]);
        }
        for (int i = 0; i < len; i++) {
            double x = z[i];
            if (!(Math.abs(x) < 0.3) || x == 0) {
                v[i] = tanh(x);
            }
        }
    }

    /** The Maclaurin series of tanh through z²³ (see {@link #tanh(double)}); meant for |z| &lt; 0.3. */
    private static double series(double z) {
        double q = z * z;
        double p = T23;
        p = p * q + T21;
        p = p * q + T19;
        p = p * q + T17;
        p = p * q + T15;
        p = p * q + T13;
        p = p * q + T11;
        p = p * q + T9;
        p = p * q + T7;
        p = p * q + T5;
        p = p * q + T3;
        return z + z * (q * p);
    }

    /* Maclaurin coefficients of tanh (rounded from the exact rationals). */
    private static final double T3 = -1.0 / 3;
    private static final double T5 = 2.0 / 15;
    private static final double T7 = -17.0 / 315;
    private static final double T9 = 62.0 / 2835;
    private static final double T11 = -1382.0 / 155925;
    private static final double T13 = 21844.0 / 6081075;
    private static final double T15 = -929569.0 / 638512875;
    private static final double T17 = 6404582.0 / 10854718875.0;
    private static final double T19 = -443861162.0 / 1856156927625.0;
    private static final double T21 = 18888466084.0 / 194896477400625.0;
    private static final double T23 = -113927491862.0 / 2900518163668125.0;

    /** Φ(z) = ½·erfc(−z/√2), accurate to round-off in both tails. */
    private static double normalCdf(double z) {
        return 0.5 * org.hipparchus.special.Erf.erfc(-z * INV_SQRT2);
    }
}
