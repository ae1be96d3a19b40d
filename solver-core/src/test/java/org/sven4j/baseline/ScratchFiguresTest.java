package org.sven4j.baseline;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;

class ScratchFiguresTest {
    @Test
    void figures() {
        Object[][] problems = {
            {"rosenbrock", TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START, new double[] {1, 1}},
            {"linear", TestSystems.linear(), new double[] {0, 0, 0}, TestSystems.linearSolution()},
            {"expfit", TestSystems.expFit(), TestSystems.EXP_START, TestSystems.EXP_TRUE},
            {"nan", TestSystems.nanBeyond(), new double[] {0, 0}, new double[] {3, 1}},
        };
        Stopping st = Stopping.DEFAULT.withMaxIterations(5000);
        for (Object[] p : problems) {
            for (var a : Solvers.all().toList()) {
                Solvers.Factory f = (Solvers.Factory) a.get()[1];
                Summary s = f.make(st, List.of()).solve((ResidualSystem) p[1], (double[]) p[2]);
                System.out.printf("%-10s %-14s %-18s it=%5d hist=%5d jev=%5d rev=%5d cost=%.3e err=%.3e  %s%n", p[0],
                        s.solver(), s.termination(), s.iterations(), s.history().size(), s.jacobianEvaluations(),
                        s.residualEvaluations(), s.finalCost(), TestSystems.maxDiff(s.parameters(), (double[]) p[3]),
                        s.message());
            }
        }
    }
}
