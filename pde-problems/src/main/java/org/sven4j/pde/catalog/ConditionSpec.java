package org.sven4j.pde.catalog;

/**
 * One residual condition of a benchmark, as data: <b>this is where the physics-losses condition is
 * attached</b>. The operator is described by {@code equation} (the residual is "left side − target"),
 * {@code target} gives the right-hand side at a point, {@code source} draws the points (with normals or
 * periodic partners as the role needs), and {@code points} is the suggested count. Turning a spec into
 * an {@code org.sven4j.physics.condition} residual is the only step left to the assembly.
 *
 * @param name short unique name within the problem, e.g. "pde", "boundary", "initial", "initial-velocity"
 * @param role where the condition lives
 * @param equation the condition in words/symbols, e.g. "−Δu = f" or "u_t(0,x) = 0"
 * @param target the right-hand side values (one per equation component) at a point
 * @param source draws the condition's points
 * @param points the suggested number of points
 */
public record ConditionSpec(String name, Role role, String equation, PointFunction target, PointSource source,
        int points) {

    public ConditionSpec {
        if (name == null || name.isBlank() || role == null || equation == null || target == null || source == null) {
            throw new IllegalArgumentException("condition spec needs a name, role, equation, target and source");
        }
        if (points < 1) {
            throw new IllegalArgumentException("condition '" + name + "' needs >= 1 points, got " + points);
        }
    }
}
