package org.sven4j.validation.examples;

import org.sven4j.lsq.Summary;
import org.sven4j.pde.catalog.BenchmarkProblem;
import org.sven4j.pde.catalog.Catalog;
import org.sven4j.pde.catalog.ErrorReport;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * Spectral example: the catalog's poisson2d with a tensor Chebyshev basis on its spectral collocation grid.
 * The problem is linear in θ, so one Sven step (the minimum-norm least-squares solution through the
 * truncated SVD) reaches spectral accuracy. Run:
 * {@code java -cp sven4j.jar org.sven4j.validation.examples.SpectralPoisson [problem]} (also helmholtz2d, heat1d).
 */
public final class SpectralPoisson {
    private SpectralPoisson() {
    }

    public static void main(String[] args) {
        ErrorReport e = solve(args.length > 0 ? args[0] : "poisson2d");
        System.out.println(e);
    }

    /** @return the errors on the entry's held-out grid */
    public static ErrorReport solve(String problemId) {
        BenchmarkProblem p = Catalog.get(problemId);
        Ansatz basis = p.ansatz("chebyshev", 0);
        PhysicsSystem system = p.system(basis, 0);
        SvenOptions options = SvenOptions.builder().stepControl(StepControl.LINE_SEARCH).rtol(1e-14)
                .maxIterations(5).build();
        Summary s = new SvenSolver(options).solve(system, p.initialParameters(basis, system, 0));
        System.out.println(s.briefReport());
        return p.errors(system, s.parameters());
    }
}
