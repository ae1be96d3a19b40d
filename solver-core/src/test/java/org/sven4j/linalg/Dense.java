package org.sven4j.linalg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;

/** Test matrices, norms and the back-ends under test. */
final class Dense {
    static final double EPS = Math.ulp(1.0);
    /** LAPACK's test programs accept ratios resid / (n·eps·‖A‖) up to 30. */
    static final double C = 30;

    private Dense() {
    }

    /** The back-ends checked by every conformance test. */
    enum Impl {
        /** Native OpenBLAS (skipped by assumption where it does not load). */
        NATIVE,
        /** The pure-Java back-end as {@link LinearAlgebra#of} returns it (netlib Java or EJML per kernel). */
        JAVA,
        /** netlib's pure-Java BLAS/LAPACK for every kernel, BLAS-3 split into 3 slabs. */
        NETLIB_JAVA;

        LinearAlgebra get() {
            switch (this) {
                case NATIVE:
                    assumeTrue(Backends.nativeAvailable(), "native BLAS/LAPACK does not load on this machine");
                    return LinearAlgebra.of(Backend.NATIVE);
                case JAVA:
                    return LinearAlgebra.of(Backend.JAVA);
                default:
                    return Backends.netlibJava(3);
            }
        }
    }

    static Stream<Impl> impls() {
        return Stream.of(Impl.values());
    }

    static DMatrixRMaj gaussian(int m, int n, long seed) {
        Random r = new Random(seed);
        DMatrixRMaj a = new DMatrixRMaj(m, n);
        for (int i = 0; i < m * n; i++) {
            a.data[i] = r.nextGaussian();
        }
        return a;
    }

    /** @return geometric values from 1 down to 1/cond, length r */
    static double[] geometric(int r, double cond) {
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = r == 1 ? 1 : Math.pow(cond, -(double) i / (r - 1));
        }
        return s;
    }

    /** @return U·diag(s)·Vᵀ with random orthogonal U, V and s geometric from 1 to 1/cond */
    static DMatrixRMaj illConditioned(int m, int n, double cond, long seed) {
        return RandomMatrices_DDRM.singular(m, n, new Random(seed), geometric(Math.min(m, n), cond));
    }

    /** @return a symmetric positive definite matrix with eigenvalues geometric from 1 to 1/cond */
    static DMatrixRMaj spd(int n, double cond, long seed) {
        return RandomMatrices_DDRM.symmetricWithEigenvalues(n, new Random(seed), geometric(n, cond));
    }

    static double normF(DMatrixRMaj a) {
        return NormOps_DDRM.normF(a);
    }

    static double diffF(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj d = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.subtract(a, b, d);
        return NormOps_DDRM.normF(d);
    }

    /** @return ‖QᵀQ − I‖_F */
    static double orthogonalityError(DMatrixRMaj q) {
        DMatrixRMaj g = new DMatrixRMaj(q.numCols, q.numCols);
        CommonOps_DDRM.multTransA(q, q, g);
        for (int i = 0; i < q.numCols; i++) {
            g.add(i, i, -1);
        }
        return NormOps_DDRM.normF(g);
    }

    /** @return U·diag(s)·Vᵀ */
    static DMatrixRMaj compose(DMatrixRMaj u, double[] s, DMatrixRMaj v) {
        DMatrixRMaj us = u.copy();
        for (int i = 0; i < us.numRows; i++) {
            for (int j = 0; j < us.numCols; j++) {
                us.data[i * us.numCols + j] *= s[j];
            }
        }
        DMatrixRMaj a = new DMatrixRMaj(u.numRows, v.numRows);
        CommonOps_DDRM.multTransB(us, v, a);
        return a;
    }
}
