package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import static java.lang.Math.PI;
import static java.lang.Math.sin;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.pde.catalog.EvaluationSet;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;

/**
 * A small problem factory independent of the catalog, for fast tests: −Δu = 2π² sin(πx) sin(πy) on (0,1)²,
 * u = 0 on the boundary; "tiny" with a 2-8-1 tanh MLP (10×10 + 40 points) or an 8×8 Chebyshev basis.
 */
final class TinyPoisson implements ProblemFactory {
    static final String ID = "tiny";

    @Override
    public PreparedProblem prepare(String problem, AnsatzKind kind, long seed) {
        if (!problem.equals(ID)) {
            throw new IllegalArgumentException("unknown problem " + problem);
        }
        Ansatz a = switch (kind) {
            case MLP -> new MlpAnsatz(MlpOptions.builder(2, 1).hidden(8).activation(Activation.TANH).seed(seed).build());
            case CHEBYSHEV -> SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(8, 0, 1))
                    .axis(SpectralAxis.chebyshev(8, 0, 1)).build();
            default -> throw new IllegalArgumentException("ansatz " + kind + " does not fit " + ID);
        };
        PhysicsSystem sys = PhysicsSystem.builder(a)
                .condition(Condition.pde("interior", BoxPoints.interiorGrid(2, 10, 0, 1),
                        LinearOperator.laplacian().negate(), x -> 2 * PI * PI * sin(PI * x[0]) * sin(PI * x[1])))
                .condition(Condition.dirichlet("boundary", BoxPoints.squareBoundary(10, 0, 1), x -> 0))
                .build();
        double[] theta0 = a instanceof MlpAnsatz m ? m.initialParameters() : new double[a.parameterCount()];
        int n = 21;
        DMatrixRMaj pts = new DMatrixRMaj(n * n, 2);
        for (int i = 0; i < n * n; i++) {
            pts.set(i, 0, (i % n) / (n - 1.0));
            pts.set(i, 1, (i / n) / (n - 1.0));
        }
        EvaluationSet eval = new EvaluationSet(pts, exact(pts), List.of("u"));
        FieldModel model = (p, x) -> DMatrixRMaj.wrap(x.numRows, 1, sys.field(p, x));
        MapDomain map = new MapDomain("x", "y", new double[] {0, 0}, new double[] {1, 1},
                x -> x[0] >= 0 && x[0] <= 1 && x[1] >= 0 && x[1] <= 1, TinyPoisson::exact, "u");
        return new PreparedProblem(ID, kind, seed, sys, sys.initialParameters(theta0), 140, model, eval, map);
    }

    static DMatrixRMaj exact(DMatrixRMaj pts) {
        DMatrixRMaj v = new DMatrixRMaj(pts.numRows, 1);
        for (int i = 0; i < pts.numRows; i++) {
            v.set(i, 0, sin(PI * pts.get(i, 0)) * sin(PI * pts.get(i, 1)));
        }
        return v;
    }
}
