package org.sven4j.physics.assembly;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.JacobianOperator;
import org.sven4j.physics.ansatz.BlockRunner;

/**
 * The Jacobian of a {@link PhysicsSystem} at a fixed θ as a matrix-free operator
 * ({@link JacobianStorage#STREAMED}). Each product walks the conditions' chunks in row order: it forms the
 * chunk's rows J_c (b×P, into one reused buffer) and multiplies at once, out_c = J_c·V or out += J_cᵀ·U_c,
 * on the dense kernels. Per product: one Jacobian evaluation of the ansatz and 2·N·P·(columns) flops; memory
 * b·P doubles for the chunk plus its b×(columns) slice. Results do not depend on the thread count.
 *
 * <p>Valid until the system is evaluated again (it shares the system's buffers); not thread-safe.
 */
final class StreamedJacobian implements JacobianOperator {
    private final ConditionBlock[] blocks;
    private final double[] theta;
    private final double[] kappa;
    private final int rows;
    private final int cols;
    private final BlockRunner runner;
    private final LinearAlgebra la;
    private final double[] scratch;
    private final DMatrixRMaj chunkJ = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj slice = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj product = new DMatrixRMaj(1, 1);

    StreamedJacobian(ConditionBlock[] blocks, double[] theta, double[] kappa, int rows, int cols, BlockRunner runner,
            LinearAlgebra la) {
        this.blocks = blocks;
        this.theta = theta.clone();
        this.kappa = kappa.clone();
        this.rows = rows;
        this.cols = cols;
        this.runner = runner;
        this.la = la;
        this.scratch = new double[rows];
    }

    @Override public int rows() { return rows; }

    @Override public int cols() { return cols; }

    @Override
    public void multiply(DMatrixRMaj v, DMatrixRMaj out) {
        check(v, cols, out, rows);
        int b = v.numCols;
        for (ConditionBlock block : blocks) {
            for (int c = 0; c < block.chunkCount(); c++) {
                int r0 = block.chunkRowStart(c);
                int n = form(block, c, r0);
                product.reshape(n, b);
                la.gemm(false, false, 1.0, chunkJ, v, 0.0, product);
                System.arraycopy(product.data, 0, out.data, r0 * b, n * b);
            }
        }
    }

    @Override
    public void multiplyTranspose(DMatrixRMaj u, DMatrixRMaj out) {
        check(u, rows, out, cols);
        int b = u.numCols;
        java.util.Arrays.fill(out.data, 0, cols * b, 0.0);
        for (ConditionBlock block : blocks) {
            for (int c = 0; c < block.chunkCount(); c++) {
                int r0 = block.chunkRowStart(c);
                int n = form(block, c, r0);
                slice.reshape(n, b);
                System.arraycopy(u.data, r0 * b, slice.data, 0, n * b);
                la.gemm(true, false, 1.0, chunkJ, slice, 1.0, out);
            }
        }
    }

    /** Forms the rows of chunk c into {@link #chunkJ}; returns their number. */
    private int form(ConditionBlock block, int c, int r0) {
        int n = block.chunkRows(c);
        chunkJ.reshape(n, cols);
        block.evaluateChunk(c, theta, kappa, scratch, chunkJ, r0, runner);
        return n;
    }

    private void check(DMatrixRMaj in, int inRows, DMatrixRMaj out, int outRows) {
        if (in.numRows != inRows || out.numRows != outRows || out.numCols != in.numCols) {
            throw new IllegalArgumentException("streamed Jacobian product: input " + in.numRows + "×" + in.numCols
                    + " and output " + out.numRows + "×" + out.numCols + " do not fit J of shape " + rows + "×" + cols);
        }
    }
}
