package org.sven4j.testproblems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.ResidualSystem;

class MghProblemsTest {

    @Test
    void theSetIsCompleteWithTheRightSizes() {
        List<MghProblem> all = MghProblems.all();
        assertEquals(18, all.size());
        Set<String> names = new HashSet<>();
        for (MghProblem p : all) {
            assertTrue(names.add(p.name()), "duplicate " + p.name());
            ResidualSystem s = p.system();
            assertEquals(p.start().length, s.parameterCount(), p.name());
            assertTrue(s.residualCount() >= s.parameterCount(), p.name());
        }
        assertEquals(10, MghProblems.byName("jennrich-sampson").system().residualCount());
        assertEquals(10, MghProblems.byName("box-3d").system().residualCount());
        assertEquals(20, MghProblems.byName("brown-dennis").system().residualCount());
        assertEquals(13, MghProblems.byName("biggs-exp6").system().residualCount());
        assertEquals(31, MghProblems.byName("watson-9").system().residualCount());
        assertEquals(9, MghProblems.byName("watson-9").system().parameterCount());
        assertEquals(24.492126839620015, MghProblems.byName("freudenstein-roth").alternativeMinimumCost(), 1e-12);
    }

    @Test
    void jacobianMatchesCentralDifferencesAtStartAndRandomPoints() {
        SplittableRandom rng = new SplittableRandom(20260101L);
        for (MghProblem p : MghProblems.all()) {
            double[] x0 = p.start();
            checkJacobian(p.name(), p.system(), x0);
            for (int k = 0; k < 2; k++) {
                double[] x = x0.clone();
                for (int j = 0; j < x.length; j++) {
                    x[j] += (0.1 * Math.abs(x[j]) + 0.1) * (2 * rng.nextDouble() - 1);
                }
                checkJacobian(p.name(), p.system(), x);
            }
        }
    }

    @Test
    void costAtTheMinimiserIsTheKnownMinimum() {
        for (MghProblem p : MghProblems.all()) {
            double[] x = p.minimiser();
            assertNotNull(x, p.name());
            double c = cost(p.system(), x);
            if (p.minimumCost() == 0) {
                assertTrue(c <= 1e-20, p.name() + ": cost " + c);
            } else {
                assertEquals(p.minimumCost(), c, 1e-9 * p.minimumCost(), p.name());
            }
            // first-order optimality: the gradient J^T r vanishes relative to |J| |r|
            assertTrue(relativeGradient(p.system(), x) < 1e-6, p.name() + ": gradient " + relativeGradient(p.system(), x));
        }
    }

    @Test
    void documentedLocalMinimaAreStationaryWithTheRecordedCost() {
        MghProblem fr = MghProblems.byName("freudenstein-roth");
        double[] local = {11.41277894442937, -0.8968052568311713};
        assertEquals(fr.alternativeMinimumCost(), cost(fr.system(), local), 1e-10 * fr.alternativeMinimumCost());
        assertTrue(relativeGradient(fr.system(), local) < 1e-8);

        MghProblem biggs = MghProblems.byName("biggs-exp6");
        double[] biggsLocal = {1.7114159983234085, 17.683198000873624, 1.1631436636451409, 5.186561480988721,
            1.7114159983234085, 1.1631436636451409};
        assertEquals(biggs.alternativeMinimumCost(), cost(biggs.system(), biggsLocal), 1e-9 * biggs.alternativeMinimumCost());
        assertTrue(relativeGradient(biggs.system(), biggsLocal) < 1e-6);
        assertEquals(0, cost(biggs.system(), new double[] {4, 10, 3, 5, 1, 1}), 1e-25);
        MghProblem box = MghProblems.byName("box-3d");
        assertEquals(0, cost(box.system(), new double[] {10, 1, -1}), 1e-25);
    }

    static double cost(ResidualSystem s, double[] x) {
        double[] r = new double[s.residualCount()];
        s.residuals(x, r);
        double c = 0;
        for (double v : r) {
            c += v * v;
        }
        return 0.5 * c;
    }

    /** @return ‖Jᵀr‖∞ / (‖J‖_max·‖r‖₁ + tiny) */
    static double relativeGradient(ResidualSystem s, double[] x) {
        int n = s.residualCount();
        int p = s.parameterCount();
        double[] r = new double[n];
        DMatrixRMaj j = new DMatrixRMaj(n, p);
        s.residualsAndJacobian(x, r, j);
        double gmax = 0;
        double jmax = 0;
        double r1 = 0;
        for (int i = 0; i < n; i++) {
            r1 += Math.abs(r[i]);
        }
        for (int k = 0; k < p; k++) {
            double g = 0;
            for (int i = 0; i < n; i++) {
                g += j.get(i, k) * r[i];
                jmax = Math.max(jmax, Math.abs(j.get(i, k)));
            }
            gmax = Math.max(gmax, Math.abs(g));
        }
        return gmax / (jmax * r1 + 1e-300);
    }

    static void checkJacobian(String name, ResidualSystem s, double[] x) {
        int n = s.residualCount();
        int p = s.parameterCount();
        double[] r = new double[n];
        DMatrixRMaj j = new DMatrixRMaj(n, p);
        s.residualsAndJacobian(x, r, j);
        double[] r2 = new double[n];
        s.residuals(x, r2);
        for (int i = 0; i < n; i++) {
            // both paths use the same double operations; allow a few ulps of the intermediates
            assertEquals(r[i], r2[i], 1e-11 * (1 + Math.abs(r[i])), name + ": residual paths disagree at row " + i);
        }
        for (int k = 0; k < p; k++) {
            double h = 1e-5 * Math.max(Math.abs(x[k]), 1e-2);
            double[] d1 = difference(s, x, k, h);
            double[] d2 = difference(s, x, k, h / 2);
            double colScale = 0;
            for (int i = 0; i < n; i++) {
                colScale = Math.max(colScale, Math.abs(j.get(i, k)));
            }
            for (int i = 0; i < n; i++) {
                double fd = (4 * d2[i] - d1[i]) / 3; // Richardson: O(h^4)
                double tol = 1e-7 * colScale + 1e-13 * (1 + Math.abs(r[i])) / h + 1e-12;
                assertEquals(j.get(i, k), fd, tol, name + ": dr" + i + "/dx" + (k + 1) + " at " + Arrays.toString(x));
            }
        }
    }

    private static double[] difference(ResidualSystem s, double[] x, int k, double h) {
        int n = s.residualCount();
        double[] plus = new double[n];
        double[] minus = new double[n];
        double[] xp = x.clone();
        double[] xm = x.clone();
        xp[k] += h;
        xm[k] -= h;
        s.residuals(xp, plus);
        s.residuals(xm, minus);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = (plus[i] - minus[i]) / (xp[k] - xm[k]);
        }
        return d;
    }
}
