package org.sven4j.physics.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sven4j.physics.ansatz.Channel;

class LinearOperatorTest {
    @Test
    void factoriesAndCombinatorsProduceTheExpectedTerms() {
        LinearOperator h = LinearOperator.helmholtz(3);
        assertEquals(List.of(Channel.laplacian(), Channel.value()), h.channels());
        assertEquals(9.0, h.terms().get(1).coefficient().at(null, 0, new double[2]), 0.0);
        LinearOperator g = LinearOperator.gradient(3);
        assertEquals(3, g.rows());
        assertEquals(2, g.terms().get(2).row());
        LinearOperator div = LinearOperator.divergence(2);
        assertEquals(1, div.terms().get(1).component());
        LinearOperator s = LinearOperator.stack(div, g.onComponent(2));
        assertEquals(4, s.rows());
        assertEquals(2, s.terms().get(4).component());
        LinearOperator heat = LinearOperator.timeDerivative(1).minus(LinearOperator.laplacian(0).times("kappa"));
        assertEquals(Set.of("kappa"), heat.unknowns());
        assertEquals(-1.0, heat.terms().get(1).coefficient().at(null, 0, new double[2]), 0.0);
        assertEquals(List.of(Channel.d(1), Channel.d(0, 0)), heat.channels());
        LinearOperator adv = LinearOperator.advection(x -> x[1], x -> 2.0).times(x -> x[0]);
        assertEquals(0.5 * 0.25, adv.terms().get(0).coefficient().at(null, 0, new double[] {0.5, 0.25}), 0.0);
        PointSet b = BoxPoints.squareBoundary(2, 0, 1);
        LinearOperator dn = LinearOperator.normalDerivative(2);
        double[] x = new double[2];
        b.point(2, x);
        assertEquals(1.0, dn.terms().get(0).coefficient().at(b, 2, x), 0.0); // right side: n = (1, 0)
    }

    @Test
    void misuseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LinearOperator.gradient(2).plus(LinearOperator.value()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearOperator.value().times("a").times("b"));
        assertEquals(true, e.getMessage().contains("nonlinear residual"));
        assertThrows(IllegalArgumentException.class, () -> Coefficient.constant(Double.NaN));
    }

    @Test
    void boxPointsHaveUnitNormalsAndDistinctCorners() {
        PointSet b = BoxPoints.squareBoundary(30, 0, 1);
        assertEquals(120, b.size());
        PointSet g = BoxPoints.interiorGrid(2, 30, 0, 1);
        assertEquals(900, g.size());
        assertEquals(1.0 / 31, g.coordinate(0, 0), 1e-15);
        for (int p = 0; p < b.size(); p++) {
            assertEquals(1.0, Math.hypot(b.normal(p, 0), b.normal(p, 1)), 1e-15);
        }
    }
}
