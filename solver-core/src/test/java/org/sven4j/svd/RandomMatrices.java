package org.sven4j.svd;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/** Test matrices A = U·diag(σ)·Vᵀ with prescribed spectra, built with EJML (independent of the code under test). */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /** @return an m×n matrix with orthonormal columns (m ≥ n), from the QR of a seeded Gaussian matrix */
    public static DMatrixRMaj orthonormal(int m, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        DMatrixRMaj g = new DMatrixRMaj(m, n);
        for (int i = 0; i < g.data.length; i++) {
            g.data[i] = rng.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, n);
        qr.decompose(g);
        return qr.getQ(null, true);
    }

    /** @return U·diag(σ)·Vᵀ, m×n, with r = σ.length ≤ min(m, n) */
    public static DMatrixRMaj withSpectrum(int m, int n, double[] sigma, long seed) {
        int r = sigma.length;
        DMatrixRMaj u = orthonormal(m, r, seed);
        DMatrixRMaj v = orthonormal(n, r, seed + 1);
        DMatrixRMaj us = u.copy();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < r; j++) {
                us.set(i, j, us.get(i, j) * sigma[j]);
            }
        }
        DMatrixRMaj a = new DMatrixRMaj(m, n);
        CommonOps_DDRM.multTransB(us, v, a);
        return a;
    }

    /** σᵢ = ratio^{i/(r−1)}: geometric decay from 1 to {@code ratio}. */
    public static double[] geometric(int r, double ratio) {
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = Math.pow(ratio, r == 1 ? 0 : (double) i / (r - 1));
        }
        return s;
    }

    /** Clusters: groups of equal singular values 1, 0.5, 0.25, … of the given size. */
    public static double[] clustered(int r, int clusterSize) {
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = Math.pow(0.5, i / clusterSize);
        }
        return s;
    }

    /** @return a seeded Gaussian m×n matrix */
    public static DMatrixRMaj gaussian(int m, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        DMatrixRMaj g = new DMatrixRMaj(m, n);
        for (int i = 0; i < g.data.length; i++) {
            g.data[i] = rng.nextGaussian();
        }
        return g;
    }
}
