package org.sven4j.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.lapack.LAPACK;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.netlib.util.intW;

/**
 * Tests whether a BLAS/LAPACK gives the same bits whatever the memory alignment of its operands. A Java array
 * starts wherever the heap placed it (8-byte aligned, different from run to run), so a library whose kernels peel
 * loops to an alignment boundary (OpenBLAS's generic Prescott kernels, which it falls back to on CPUs it does not
 * recognise) sums in an order that depends on where the arrays happen to lie: the same solve then differs from
 * run to run in the last bits, and a chaotic solve (an MLP's end-game) in its outcome.
 *
 * <p>The probe runs DDOT (n = 1001), DGEMV (200×50, transposed) and DGESDD (60×20) on the same seeded data at
 * element offsets 0–3 and compares the results bit for bit. Cost: well under a millisecond.
 */
final class AlignmentProbe {
    private static final int OFFSETS = 4;

    private AlignmentProbe() {
    }

    /** @return whether every probed routine gave identical bits at every offset */
    static boolean alignmentIndependent(BLAS blas, LAPACK lapack) {
        SplittableRandom rnd = new SplittableRandom(20261207L);
        int n = 1001;
        int m = 200;
        int k = 50;
        double[] x = gaussian(rnd, n);
        double[] a = gaussian(rnd, m * k);
        double[] s = gaussian(rnd, 60 * 20);
        double[][] first = null;
        for (int off = 0; off < OFFSETS; off++) {
            double[] xo = shifted(x, off);
            double[] ao = shifted(a, off);
            double[] so = shifted(s, off);
            double dot = blas.ddot(n, xo, off, 1, xo, off, 1);
            double[] y = new double[k];
            blas.dgemv("T", m, k, 1.0, ao, off, m, xo, off, 1, 0.0, y, 0, 1);
            double[] sigma = singularValues(lapack, so, off, 60, 20);
            double[][] got = {{dot}, y, sigma};
            if (first == null) {
                first = got;
            } else if (!Arrays.deepEquals(first, got)) {
                return false;
            }
        }
        return true;
    }

    private static double[] singularValues(LAPACK lapack, double[] a, int off, int m, int n) {
        double[] sigma = new double[n];
        double[] work = new double[1];
        int[] iwork = new int[8 * n];
        intW info = new intW(0);
        lapack.dgesdd("N", m, n, a, off, m, sigma, 0, new double[1], 0, 1, new double[1], 0, 1, work, 0, -1, iwork,
                0, info);
        work = new double[(int) work[0]];
        lapack.dgesdd("N", m, n, a, off, m, sigma, 0, new double[1], 0, 1, new double[1], 0, 1, work, 0, work.length,
                iwork, 0, info);
        return sigma;
    }

    private static double[] shifted(double[] v, int off) {
        double[] out = new double[v.length + off];
        System.arraycopy(v, 0, out, off, v.length);
        return out;
    }

    private static double[] gaussian(SplittableRandom rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rnd.nextDouble();
            double w = rnd.nextDouble();
            v[i] = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w);
        }
        return v;
    }
}
