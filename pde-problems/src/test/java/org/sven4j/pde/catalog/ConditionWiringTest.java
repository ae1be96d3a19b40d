package org.sven4j.pde.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.lsq.RowBlock;

/**
 * End-to-end check of the wiring: for every entry with a closed form, the assembled residual system
 * (every condition: operator, sign, input order, target data, normals, partners) vanishes on an ansatz
 * that reproduces the exact solution.
 */
class ConditionWiringTest {

    static double maxAbs(double[] r, int from, int to) {
        double m = 0;
        for (int i = from; i < to; i++) {
            m = Math.max(m, Math.abs(r[i]));
        }
        return m;
    }

    static double[] residuals(PhysicsSystem s) {
        double[] r = new double[s.residualCount()];
        s.residuals(s.initialParameters(new double[s.ansatz().parameterCount()]), r);
        return r;
    }

    @Test
    void closedFormsSatisfyTheirAssembledSystems() {
        for (BenchmarkProblem p : Catalog.all()) {
            if (!(p.solution() instanceof ClosedForm)) {
                continue;
            }
            Ansatz a = ExactAnsatz.of(((ClosedForm) p.solution()).field(2));
            PhysicsSystem s = p.system(a, 7);
            double[] r = residuals(s);
            StringBuilder sb = new StringBuilder(p.id());
            double worst = 0;
            for (RowBlock b : s.rowBlocks()) {
                // undo the MEAN balancing row scale 1/√n_b: these are the plain pointwise residuals F(x_p)
                double m = maxAbs(r, b.start(), b.start() + b.count()) * Math.sqrt(s.points(b.name()).size());
                sb.append(String.format(" %s=%.2e", b.name(), m));
                worst = Math.max(worst, m);
            }
            System.out.println(sb);
            assertTrue(worst < 1e-9, sb.toString());
        }
    }
}
