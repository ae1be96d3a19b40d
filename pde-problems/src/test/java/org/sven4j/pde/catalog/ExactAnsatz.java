package org.sven4j.pde.catalog;

import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.constraint.HardConstraintAnsatz;
import org.sven4j.physics.ansatz.constraint.KnownField;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;

/** Test ansätze that reproduce a known field exactly: u = g + 0·N with a tiny network N. */
final class ExactAnsatz {
    private ExactAnsatz() {
    }

    /**
     * @param g the field to reproduce (d inputs, m outputs, derivatives up to the order the conditions read)
     * @return u = g + D·N with D ≡ 0, so u and all its channels equal g's for every θ
     */
    static Ansatz of(KnownField g) {
        int d = g.inputDimension();
        Ansatz inner = new MlpAnsatz(MlpOptions.builder(d, g.outputCount()).hidden(3).seed(1).build());
        KnownField zero = KnownField.of(d, 1, 4, x -> new DerivativeStructure[] {x[0].multiply(0)});
        return new HardConstraintAnsatz(inner, g, zero);
    }
}
