package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sven4j.lsq.Summary;
import org.sven4j.svd.AutoSvd;
import org.sven4j.svd.ExactSvd;
import org.sven4j.svd.LanczosSvd;
import org.sven4j.svd.QrSvd;
import org.sven4j.svd.RandomMatrices;
import org.sven4j.svd.SvdBackend;

/**
 * On r = Aθ − b, one full-rank Sven step from θ = 0 is the minimum-norm least-squares solution A⁺b,
 * checked against Hipparchus' pseudo-inverse (an independent SVD). Truncating to k gives the rank-k solution.
 */
class SvenLinearTest {

    private static SvdBackend backend(String name) {
        switch (name) {
            case "exact": return new ExactSvd();
            case "qr": return new QrSvd();
            case "lanczos": return new LanczosSvd();
            default: return new AutoSvd();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2} rank {3} via {4}")
    @CsvSource({
        "over-determined, 60, 20, 20, exact",
        "over-determined, 60, 20, 20, qr",
        "under-determined, 15, 40, 15, exact",
        "under-determined, 15, 40, 15, lanczos",
        "rank-deficient, 50, 30, 12, exact",
        "rank-deficient, 30, 50, 12, qr",
        "square, 25, 25, 25, auto"})
    void firstStepIsTheMinimumNormSolution(String label, int m, int n, int rank, String svd) {
        DMatrixRMaj a = RandomMatrices.withSpectrum(m, n, RandomMatrices.geometric(rank, 1e-3), 21);
        double[] b = gaussian(m, 4);
        Summary s = new SvenSolver(SvenOptions.builder().svd(backend(svd)).rtol(1e-9)
                .stepControl(StepControl.FIXED).maxIterations(1).build())
                .solve(new LinearSystem(a, b), new double[n]);
        RealMatrix pinv = new SingularValueDecomposition(MatrixUtils.createRealMatrix(toArray(a)))
                .getSolver().getInverse();
        double[] expected = pinv.operate(b);
        assertClose(expected, s.parameters(), 1e-9, label);
    }

    @ParameterizedTest(name = "rank {0}")
    @CsvSource({"1", "5", "17"})
    void truncationGivesTheRankKSolution(int k) {
        int m = 40;
        int n = 30;
        DMatrixRMaj a = RandomMatrices.withSpectrum(m, n, RandomMatrices.geometric(n, 1e-4), 22);
        double[] b = gaussian(m, 5);
        Summary s = new SvenSolver(SvenOptions.builder().svd(new ExactSvd()).rank(k).rtol(0)
                .stepControl(StepControl.FIXED).maxIterations(1).build())
                .solve(new LinearSystem(a, b), new double[n]);
        // Reference with EJML's SVD: θ_k = Σ_{i<k} vᵢ (uᵢᵀb)/σᵢ.
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, n, true, true, true);
        svd.decompose(a.copy());
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        double[] w = svd.getSingularValues();
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(w[y], w[x]));
        double[] expected = new double[n];
        for (int q = 0; q < k; q++) {
            int i = order[q];
            double c = 0;
            for (int row = 0; row < m; row++) {
                c += u.get(row, i) * b[row];
            }
            for (int j = 0; j < n; j++) {
                expected[j] += v.get(j, i) * c / w[i];
            }
        }
        assertClose(expected, s.parameters(), 1e-9, "rank " + k);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TRUST_REGION", "LEVENBERG_MARQUARDT", "LINE_SEARCH"})
    void everyStepControlSolvesAConsistentSystemToRoundOff(StepControl control) {
        DMatrixRMaj a = RandomMatrices.withSpectrum(50, 20, RandomMatrices.geometric(20, 1e-5), 23);
        double[] x = gaussian(20, 6);
        double[] b = new double[50];
        DMatrixRMaj bx = new DMatrixRMaj(50, 1);
        CommonOps_DDRM.mult(a, DMatrixRMaj.wrap(20, 1, x), bx);
        System.arraycopy(bx.data, 0, b, 0, 50);
        Summary s = new SvenSolver(SvenOptions.builder().stepControl(control).maxIterations(200).build())
                .solve(new LinearSystem(a, b), new double[20]);
        assertTrue(s.isConverged(), s.fullReport());
        assertClose(x, s.parameters(), 1e-8, control.name());
        assertEquals(s.iterations(), s.history().size());
    }

    static double[] gaussian(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    static double[][] toArray(DMatrixRMaj a) {
        double[][] out = new double[a.numRows][a.numCols];
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                out[i][j] = a.get(i, j);
            }
        }
        return out;
    }

    static void assertClose(double[] expected, double[] actual, double rel, String label) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < expected.length; i++) {
            diff += (expected[i] - actual[i]) * (expected[i] - actual[i]);
            norm += expected[i] * expected[i];
        }
        assertTrue(Math.sqrt(diff) <= rel * Math.sqrt(norm), label + ": relative error " + Math.sqrt(diff / norm));
    }
}
