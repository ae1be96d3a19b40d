package org.sven4j.lsq;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A residual system r : ℝᴾ → ℝᴺ, θ ↦ r(θ), with its Jacobian J = ∂r/∂θ ∈ ℝᴺˣᴾ.
 * Each row rᵢ(θ) = 0 is one equation; solvers minimise the cost ½‖r(θ)‖².
 *
 * <p>All output goes into caller-owned buffers, so an iteration allocates nothing. The dense
 * Jacobian is row-major ({@link DMatrixRMaj}); a plain {@code double[]} of length N·P can be
 * passed through {@link DMatrixRMaj#wrap(int, int, double[])}.
 *
 * <p>Implementations need not be thread-safe: a solver calls one system from one thread at a time
 * (an implementation may parallelise internally).
 */
public interface ResidualSystem {

    /** @return P, the number of parameters θ; at least 1. */
    int parameterCount();

    /** @return N, the number of residual rows; at least 1. Fixed for the life of the system. */
    int residualCount();

    /**
     * Evaluates r(θ).
     *
     * @param theta parameters, length P (not modified)
     * @param residuals output, length N
     */
    void residuals(double[] theta, double[] residuals);

    /**
     * Evaluates r(θ) and the dense Jacobian Jᵢⱼ = ∂rᵢ/∂θⱼ.
     *
     * @param theta parameters, length P (not modified)
     * @param residuals output, length N
     * @param jacobian output, N×P row-major; its previous content is overwritten
     */
    void residualsAndJacobian(double[] theta, double[] residuals, DMatrixRMaj jacobian);

    /**
     * Evaluates r(θ) and returns J as an operator for J·V and Jᵀ·U, for solvers that never form J
     * (matrix-free Lanczos). The default forms the dense J into a new matrix.
     *
     * @param theta parameters, length P
     * @param residuals output, length N
     * @return the Jacobian at θ, valid until the next call on this system
     */
    default JacobianOperator linearize(double[] theta, double[] residuals) {
        DMatrixRMaj jacobian = new DMatrixRMaj(residualCount(), parameterCount());
        residualsAndJacobian(theta, residuals, jacobian);
        return new DenseJacobianOperator(jacobian);
    }

    /** @return true when {@link #linearize} is cheaper than forming the dense Jacobian. */
    default boolean isMatrixFree() {
        return false;
    }

    /**
     * Hook for stochastic Sven: lets the system redraw or subsample its rows between iterations.
     * Called by the solver before the linearisation of iteration {@code iteration} (≥ 1), at θ.
     * N must not change.
     *
     * @param iteration the iteration about to start
     * @param theta the current iterate, at which the iteration will linearise (do not modify)
     * @return true if the rows changed, so that costs before and after are not comparable
     */
    default boolean resample(int iteration, double[] theta) {
        return false;
    }

    /**
     * Named groups of consecutive rows (for example one per PDE condition), whose partial costs
     * ½‖r_block‖² are reported to iteration callbacks. The default is one block with all rows.
     *
     * @return blocks that partition [0, N) in order
     */
    default List<RowBlock> rowBlocks() {
        return List.of(new RowBlock("residuals", 0, residualCount()));
    }
}
