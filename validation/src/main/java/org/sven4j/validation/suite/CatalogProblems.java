package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.pde.catalog.BenchmarkProblem;
import org.sven4j.pde.catalog.Catalog;
import org.sven4j.pde.geometry.Geometry;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.physics.condition.Condition;

/**
 * The {@link ProblemFactory} of the benchmark catalog: {@link BenchmarkProblem#ansatz(String, long)},
 * {@link BenchmarkProblem#system(Ansatz, long)} and {@link BenchmarkProblem#initialParameters} with the run's
 * seed, predictions through {@link PhysicsSystem#field}, the entry's held-out evaluation set, and a map over
 * the bounding box for entries with two inputs. Catalog entries are kept, so each numerical reference and
 * evaluation set is computed once per JVM.
 */
public final class CatalogProblems implements ProblemFactory {
    private final Map<String, BenchmarkProblem> entries = new ConcurrentHashMap<>();
    private final AnsatzSizes sizes;

    /** The catalog's suggested sizes. */
    public CatalogProblems() {
        this(null);
    }

    /** @param sizes size overrides, or null for the catalog's suggestions */
    public CatalogProblems(AnsatzSizes sizes) {
        this.sizes = sizes == null || sizes.isDefault() ? null : sizes;
    }

    /** @return the catalog entry (cached) */
    public BenchmarkProblem entry(String id) {
        return entries.computeIfAbsent(id, Catalog::get);
    }

    @Override
    public PreparedProblem prepare(String problem, AnsatzKind kind, long seed) {
        BenchmarkProblem p = entry(problem);
        Ansatz a = sizes == null ? p.ansatz(kind.id(), seed) : sizes.ansatz(p, kind, seed);
        PhysicsSystem sys = sizes == null ? p.system(a, seed) : p.system(a, sizes.collocation(p, a, seed));
        double[] theta0 = p.initialParameters(a, sys, seed);
        int m = p.outputNames().size();
        FieldModel model = (params, pts) -> DMatrixRMaj.wrap(pts.numRows, m, sys.field(params, pts));
        return new PreparedProblem(problem, kind, seed, sys, theta0, points(sys), model, p.evaluationSet(),
                map(p));
    }

    /** @return collocation points over all conditions of the system */
    static int points(PhysicsSystem sys) {
        int n = 0;
        for (Condition c : sys.conditions()) {
            n += sys.points(c.name()).size();
        }
        return n;
    }

    static MapDomain map(BenchmarkProblem p) {
        Geometry g = p.domain();
        if (g.dimension() != 2) {
            return null;
        }
        return new MapDomain(p.inputNames().get(0), p.inputNames().get(1), g.lowerBound(), g.upperBound(),
                g::contains, pts -> p.solution().values(pts), p.outputNames().get(0));
    }
}
