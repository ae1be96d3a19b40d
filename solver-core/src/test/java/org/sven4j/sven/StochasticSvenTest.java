package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Summary;

/**
 * Stochastic Sven through {@link ResidualSystem#resample}: each iteration fits y = a·exp(b·x) + c on a
 * fresh, seeded subsample of 40 of 400 noise-free observations. Every subsample has the same zero-residual
 * solution, so the iterates must converge to it.
 */
class StochasticSvenTest {

    static final class SubsampledExponential implements ResidualSystem {
        static final double[] TRUE = {2.0, -1.5, 0.25};
        private final double[] xs = new double[400];
        private final int[] rows = new int[40];
        private final SplittableRandom rng;
        int resamples;

        SubsampledExponential(long seed) {
            for (int i = 0; i < xs.length; i++) {
                xs[i] = 2.0 * i / (xs.length - 1);
            }
            rng = new SplittableRandom(seed);
            draw();
        }

        private void draw() {
            for (int i = 0; i < rows.length; i++) {
                rows[i] = rng.nextInt(xs.length);
            }
        }

        private static double model(double[] t, double x) {
            return t[0] * Math.exp(t[1] * x) + t[2];
        }

        @Override public int parameterCount() { return 3; }

        @Override public int residualCount() { return rows.length; }

        @Override
        public void residuals(double[] t, double[] r) {
            for (int i = 0; i < rows.length; i++) {
                double x = xs[rows[i]];
                r[i] = model(t, x) - model(TRUE, x);
            }
        }

        @Override
        public void residualsAndJacobian(double[] t, double[] r, DMatrixRMaj j) {
            residuals(t, r);
            for (int i = 0; i < rows.length; i++) {
                double x = xs[rows[i]];
                double e = Math.exp(t[1] * x);
                j.set(i, 0, e);
                j.set(i, 1, t[0] * x * e);
                j.set(i, 2, 1.0);
            }
        }

        @Override
        public boolean resample(int iteration, double[] theta) {
            resamples++;
            draw();
            return true;
        }
    }

    @Test
    void convergesWhileRowsAreRedrawnEveryIteration() {
        SubsampledExponential system = new SubsampledExponential(99);
        Summary s = new SvenSolver(SvenOptions.builder().maxIterations(60).build())
                .solve(system, new double[] {1.0, -0.5, 0.0});
        assertTrue(system.resamples >= 5, "resample must be called each iteration");
        assertEquals(s.iterations(), system.resamples);
        assertArrayEquals(SubsampledExponential.TRUE, s.parameters(), 1e-9, s.fullReport());
    }

    @Test
    void theSameSeedGivesTheSameIterates() {
        Summary a = new SvenSolver().solve(new SubsampledExponential(5), new double[] {1.0, -0.5, 0.0});
        Summary b = new SvenSolver().solve(new SubsampledExponential(5), new double[] {1.0, -0.5, 0.0});
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);
    }
}
