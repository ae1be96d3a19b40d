package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import java.util.Optional;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.pde.catalog.EvaluationSet;

/**
 * A problem made ready for one solve: the residual system (fresh, so that its collocation points are
 * those the seed gives), the initial parameters, the field model for errors and maps, and the held-out
 * evaluation set.
 *
 * @param problem catalog id
 * @param ansatz ansatz family
 * @param seed the seed used for θ₀ and the points
 * @param system the residual system
 * @param initialParameters θ₀ (the same for every solver of this problem × ansatz × seed)
 * @param points collocation points over all conditions
 * @param model predictions at arbitrary points
 * @param evaluation the held-out evaluation set
 * @param map data for 2-D maps, or null for other dimensions
 */
public record PreparedProblem(String problem, AnsatzKind ansatz, long seed, ResidualSystem system,
        double[] initialParameters, int points, FieldModel model, EvaluationSet evaluation, MapDomain map) {

    public PreparedProblem {
        if (system == null || initialParameters == null || model == null || evaluation == null) {
            throw new IllegalArgumentException("system, initial parameters, model and evaluation set are required");
        }
        if (initialParameters.length != system.parameterCount()) {
            throw new IllegalArgumentException("initial parameters have length " + initialParameters.length
                    + " but the system has " + system.parameterCount() + " parameters");
        }
        initialParameters = initialParameters.clone();
    }

    @Override
    public double[] initialParameters() {
        return initialParameters.clone();
    }

    /** @return the map data, when the problem has two inputs */
    public Optional<MapDomain> mapDomain() {
        return Optional.ofNullable(map);
    }
}
