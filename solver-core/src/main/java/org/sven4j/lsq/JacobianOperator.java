package org.sven4j.lsq;

import org.ejml.data.DMatrixRMaj;

/**
 * The Jacobian J ∈ ℝᴺˣᴾ as a linear operator on blocks of b vectors, for matrix-free solvers.
 * Each call costs what the implementation says; a dense J costs 2·N·P·b flops per product.
 */
public interface JacobianOperator {

    /** @return N */
    int rows();

    /** @return P */
    int cols();

    /**
     * out = J·V.
     *
     * @param v P×b
     * @param out N×b, overwritten
     */
    void multiply(DMatrixRMaj v, DMatrixRMaj out);

    /**
     * out = Jᵀ·U.
     *
     * @param u N×b
     * @param out P×b, overwritten
     */
    void multiplyTranspose(DMatrixRMaj u, DMatrixRMaj out);

    /** @return the dense J if this operator holds one, else null. */
    default DMatrixRMaj dense() {
        return null;
    }
}
