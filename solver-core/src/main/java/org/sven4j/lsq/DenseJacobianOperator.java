package org.sven4j.lsq;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;

/** A {@link JacobianOperator} over a dense row-major J; products run as GEMM on the active back-end. */
public final class DenseJacobianOperator implements JacobianOperator {
    private final DMatrixRMaj jacobian;
    private final LinearAlgebra la;

    /** @param jacobian N×P, held by reference (not copied) */
    public DenseJacobianOperator(DMatrixRMaj jacobian) {
        this(jacobian, LinearAlgebra.get());
    }

    public DenseJacobianOperator(DMatrixRMaj jacobian, LinearAlgebra la) {
        this.jacobian = jacobian;
        this.la = la;
    }

    @Override public int rows() { return jacobian.numRows; }

    @Override public int cols() { return jacobian.numCols; }

    @Override
    public void multiply(DMatrixRMaj v, DMatrixRMaj out) {
        la.gemm(false, false, 1.0, jacobian, v, 0.0, out);
    }

    @Override
    public void multiplyTranspose(DMatrixRMaj u, DMatrixRMaj out) {
        la.gemm(true, false, 1.0, jacobian, u, 0.0, out);
    }

    @Override public DMatrixRMaj dense() { return jacobian; }
}
