package org.sven4j.physics.ansatz.mlp;

import org.ejml.data.DMatrixRMaj;

/**
 * Layer 0 of the network: x ↦ x̃ = s⊙x + t (the box normalisation, identity when absent), then
 * optionally the Fourier features of x̃. Fills the Taylor streams of h₀ directly, since the map is
 * parameter-free: with ω_j = 2π·B_j and w_{ji} = ω_{ji}·sᵢ,
 * ∂ᵢ sin(ω_j·x̃) = w_{ji} cos(·), ∂ᵢ∂ₖ sin(·) = −w_{ji}w_{jk} sin(·), Δ sin(·) = −Σᵢ w_{ji}² sin(·),
 * and likewise for cos.
 */
final class InputEmbedding {
    private final int d;
    private final double[] scale;
    private final double[] shift;
    private final int k;
    private final boolean includeInput;
    /** w_{ji} = 2π·B_{ji}·sᵢ, k×d. */
    private final double[] w;
    /** 2π·B_{ji}, k×d (acting on x̃). */
    private final double[] omega;
    final int width;

    InputEmbedding(MlpOptions o) {
        d = o.inputs();
        scale = new double[d];
        shift = new double[d];
        double[] lo = o.lower();
        double[] hi = o.upper();
        for (int i = 0; i < d; i++) {
            if (lo == null) {
                scale[i] = 1;
                shift[i] = 0;
            } else {
                scale[i] = 2 / (hi[i] - lo[i]);
                shift[i] = -(hi[i] + lo[i]) / (hi[i] - lo[i]);
            }
        }
        FourierFeatures f = o.fourier();
        if (f == null) {
            k = 0;
            includeInput = true;
            w = new double[0];
            omega = new double[0];
        } else {
            k = f.count();
            includeInput = f.includeInput();
            double[] b = f.frequencies(d);
            omega = new double[k * d];
            w = new double[k * d];
            for (int j = 0; j < k; j++) {
                for (int i = 0; i < d; i++) {
                    omega[j * d + i] = 2 * Math.PI * b[j * d + i];
                    w[j * d + i] = omega[j * d + i] * scale[i];
                }
            }
        }
        width = (includeInput ? d : 0) + 2 * k;
    }

    /** @return true if the derivative streams of h₀ are the same at every point (no Fourier features) */
    boolean constantDerivatives() {
        return k == 0;
    }

    /** @return sᵢ, the normalisation scale of input i (1 without normalisation) */
    double scale(int i) {
        return scale[i];
    }

    /**
     * Writes the S streams of h₀ for points p0..p0+b−1 into {@code h[s]} (already b×width), point p at row p.
     */
    void fill(double[] x, int p0, int b, TaylorPlan plan, DMatrixRMaj[] h) {
        int n = width;
        for (int s = 0; s < plan.streams; s++) {
            java.util.Arrays.fill(h[s].data, 0, b * n, 0.0);
        }
        double[] h0 = h[0].data;
        int nFirst = plan.firstDims.length;
        for (int p = 0; p < b; p++) {
            int xo = (p0 + p) * d;
            int off = 0;
            if (includeInput) {
                for (int i = 0; i < d; i++) {
                    h0[p * n + i] = scale[i] * x[xo + i] + shift[i];
                }
                for (int f = 0; f < nFirst; f++) {
                    int i = plan.firstDims[f];
                    h[1 + f].data[p * n + i] = scale[i];
                }
                off = d;
            }
            for (int j = 0; j < k; j++) {
                double a = 0;
                for (int i = 0; i < d; i++) {
                    a += omega[j * d + i] * (scale[i] * x[xo + i] + shift[i]);
                }
                double sn = Math.sin(a);
                double cs = Math.cos(a);
                int cSin = off + j;
                int cCos = off + k + j;
                h0[p * n + cSin] = sn;
                h0[p * n + cCos] = cs;
                for (int f = 0; f < nFirst; f++) {
                    double wi = w[j * d + plan.firstDims[f]];
                    double[] hf = h[1 + f].data;
                    hf[p * n + cSin] = cs * wi;
                    hf[p * n + cCos] = -sn * wi;
                }
                for (int q = 0; q < plan.secondI.length; q++) {
                    double ww;
                    if (plan.secondI[q] < 0) {
                        ww = 0;
                        for (int i = 0; i < d; i++) {
                            ww += w[j * d + i] * w[j * d + i];
                        }
                    } else {
                        ww = w[j * d + plan.secondI[q]] * w[j * d + plan.secondJ[q]];
                    }
                    double[] hq = h[1 + nFirst + q].data;
                    hq[p * n + cSin] = -sn * ww;
                    hq[p * n + cCos] = -cs * ww;
                }
            }
        }
    }
}
