package org.sven4j.pde.catalog;

import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.PointSet;

/**
 * One residual condition of a benchmark: the operator in words ({@code equation}; the residual is
 * "left side − target"), the right-hand side {@code target} at a point, the point source (with normals or
 * periodic partners as the role needs), the suggested count, and the physics-losses {@code form} that
 * turns drawn points into an {@code org.sven4j.physics.condition.Condition}
 * ({@link #condition(RolePoints)}).
 *
 * @param name short unique name within the problem, e.g. "pde", "boundary", "initial", "initial-velocity"
 * @param role where the condition lives
 * @param equation the condition in words/symbols, e.g. "−Δu = f" or "u_t(0,x) = 0"
 * @param target the right-hand side values (one per equation component) at a point
 * @param source draws the condition's points
 * @param points the suggested number of points
 * @param form the physics-losses residual of the condition
 */
public record ConditionSpec(String name, Role role, String equation, PointFunction target, PointSource source,
        int points, ResidualForm form) {

    public ConditionSpec {
        if (name == null || name.isBlank() || role == null || equation == null || target == null || source == null
                || form == null) {
            throw new IllegalArgumentException("condition spec needs a name, role, equation, target, source and form");
        }
        if (points < 1) {
            throw new IllegalArgumentException("condition '" + name + "' needs >= 1 points, got " + points);
        }
    }

    /**
     * @param drawn this condition's points (normals for boundary roles, partners for periodic pairs)
     * @return the physics-losses condition on them
     */
    public Condition condition(RolePoints drawn) {
        PointSet pts = drawn.normals() == null ? PointSet.of(drawn.points())
                : PointSet.of(drawn.points()).withNormals(drawn.normals());
        PointSet partners = drawn.partners() == null ? null : PointSet.of(drawn.partners());
        return form.build(name, pts, partners, target);
    }
}
