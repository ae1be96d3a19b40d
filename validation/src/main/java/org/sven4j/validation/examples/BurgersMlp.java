package org.sven4j.validation.examples;

import java.time.Duration;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.Summary;
import org.sven4j.pde.catalog.BenchmarkProblem;
import org.sven4j.pde.catalog.Catalog;
import org.sven4j.pde.catalog.ErrorReport;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * PINN example: viscous Burgers u_t + u·u_x = (0.01/π)·u_xx on x ∈ [−1, 1], t ∈ [0, 1] (the catalog's
 * "burgers" entry, with its suggested MLP and collocation), solved by Sven with the default trust region and
 * compared with the Cole–Hopf reference. Run:
 * {@code java -cp sven4j.jar org.sven4j.validation.examples.BurgersMlp [seconds]}.
 */
public final class BurgersMlp {
    private BurgersMlp() {
    }

    public static void main(String[] args) {
        ErrorReport e = solve(Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 300), 0);
        System.out.println(e);
    }

    /** @return the errors on the held-out grid after solving within {@code budget} */
    public static ErrorReport solve(Duration budget, long seed) {
        BenchmarkProblem burgers = Catalog.get("burgers");
        Ansatz net = burgers.ansatz("mlp", seed);
        PhysicsSystem system = burgers.system(net, seed);
        SvenOptions options = SvenOptions.builder().rtol(1e-12).timeBudget(budget).maxIterations(100_000)
                .callback(IterationCallback.observer(r -> {
                    if (r.iteration() % 25 == 0) {
                        System.out.printf("iteration %d, loss %.3e, %.1f s%n", r.iteration(), r.cost(),
                                r.elapsedSeconds());
                    }
                })).build();
        Summary s = new SvenSolver(options).solve(system, burgers.initialParameters(net, system, seed));
        System.out.println(s.briefReport());
        return burgers.errors(system, s.parameters());
    }
}
