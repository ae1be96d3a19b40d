package org.sven4j.physics.assembly;

/**
 * How a {@link PhysicsSystem} hands its Jacobian J ∈ ℝᴺˣᴾ to a solver.
 */
public enum JacobianStorage {
    /** The whole J in one row-major array: 8·N·P bytes, each product a single GEMM. */
    DENSE,
    /**
     * Matrix-free: every product J·V or Jᵀ·U forms J again, one chunk of rows at a time, multiplies the chunk with
     * the block of vectors as a GEMM and discards it. Memory O(b·P) for a chunk of b rows instead of O(N·P); each
     * product costs one Jacobian evaluation plus 2·N·P·(columns) flops.
     */
    STREAMED,
    /**
     * {@link #STREAMED} when the dense J would take more than {@link #AUTO_HEAP_SHARE} of the JVM's maximum heap, else
     * {@link #DENSE}: an exact SVD of a dense J needs about four times J (J, LAPACK's copy, U and the work arrays).
     */
    AUTO;

    /** The share of the maximum heap above which {@link #AUTO} streams the Jacobian. */
    public static final double AUTO_HEAP_SHARE = 0.125;
}
