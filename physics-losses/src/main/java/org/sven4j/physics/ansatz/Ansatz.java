package org.sven4j.physics.ansatz;

import org.ejml.data.DMatrixRMaj;

/**
 * A parametric field u_θ : ℝᵈ → ℝᵐ with P parameters θ, evaluated with exact input derivatives
 * (the channels ∂^α u of a {@link ChannelSet}) and, optionally, the exact parameter Jacobian of
 * every channel, ∂(∂^α u_k)(x_p)/∂θ.
 *
 * <p>Results go into a caller-owned {@link AnsatzOutput} (layout documented there), so repeated
 * evaluations allocate nothing once an ansatz has seen the channel set and block size.
 * Implementations are not thread-safe (one caller at a time) but may parallelise internally; their
 * results do not depend on the number of threads.
 */
public interface Ansatz {

    /** @return d, the number of inputs */
    int inputDimension();

    /** @return m, the number of outputs (components of the field) */
    int outputDimension();

    /** @return P, the number of parameters */
    int parameterCount();

    /** @return the highest channel order this ansatz supplies ({@link Integer#MAX_VALUE} when unbounded) */
    int maxDerivativeOrder();

    /**
     * Evaluates the channels of {@code out} at the points, and their parameter Jacobians when
     * {@code withJacobian}.
     *
     * @param theta parameters, length P (not modified)
     * @param points n×d, one point per row (not modified); no NaN or infinity
     * @param out buffer for these n points, this ansatz's m and P, and the wanted channels
     * @param withJacobian whether to fill {@code out}'s Jacobians (the buffer must have them);
     *        false computes the values only, which is much cheaper (trial steps)
     * @throws IllegalArgumentException naming the problem: wrong point dimension, non-finite
     *         coordinate, unsupported channel, buffer mismatch, wrong θ length
     */
    void evaluate(double[] theta, DMatrixRMaj points, AnsatzOutput out, boolean withJacobian);
}
