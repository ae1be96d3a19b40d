package org.sven4j.svd;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.ThinSvd;
import org.sven4j.lsq.JacobianOperator;

/**
 * The exact thin SVD (LAPACK gesdd) of the dense J, then truncated. Accurate to about
 * ε·σ₁ in every singular value; O(N·P·min(N, P)) flops.
 */
public final class ExactSvd implements SvdBackend {
    private final LinearAlgebra la;

    public ExactSvd() {
        this(LinearAlgebra.get());
    }

    public ExactSvd(LinearAlgebra la) {
        this.la = la;
    }

    @Override public String name() { return "exact"; }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation) {
        DMatrixRMaj j = Svds.requireDense(jacobian, name());
        ThinSvd s = la.svd(j, true);
        return Svds.truncate(s.u(), s.s(), s.v(), s.s().length, truncation, name());
    }
}
