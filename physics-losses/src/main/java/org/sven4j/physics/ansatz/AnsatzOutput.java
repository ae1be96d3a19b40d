package org.sven4j.physics.ansatz;

import org.ejml.data.DMatrixRMaj;

/**
 * Caller-owned, reusable result buffer of an {@link Ansatz} evaluation at n points for a fixed
 * {@link ChannelSet} (C channels), m outputs and P parameters.
 *
 * <p>Layout, for channel c (position in the channel set), point p (row of the point matrix) and
 * output k:
 * <ul>
 *   <li>{@code values(c)[p·m + k]} = (∂^c u_k)(x_p); the array has n·m entries, so it can also be
 *       read as a row-major n×m matrix;</li>
 *   <li>{@code jacobian(c)} is a row-major (n·m)×P {@link DMatrixRMaj} with row p·m + k equal to
 *       ∂(∂^c u_k)(x_p)/∂θ. A linear operator Σ_c a_c·∂^c u therefore has the Jacobian Σ_c a_c·J_c.</li>
 * </ul>
 * Memory: C·n·m·(1 + P) doubles with Jacobians, C·n·m without.
 */
public final class AnsatzOutput {
    private final ChannelSet channels;
    private final int points;
    private final int outputs;
    private final int parameters;
    private final double[][] values;
    private final DMatrixRMaj[] jacobians;

    /**
     * @param channels the channels this buffer holds
     * @param points n ≥ 1
     * @param outputs m ≥ 1
     * @param parameters P ≥ 1
     * @param withJacobians whether to allocate the C matrices (n·m)×P
     */
    public AnsatzOutput(ChannelSet channels, int points, int outputs, int parameters, boolean withJacobians) {
        if (channels == null) {
            throw new IllegalArgumentException("channels is null");
        }
        if (points < 1 || outputs < 1 || parameters < 1) {
            throw new IllegalArgumentException("output buffer needs points, outputs, parameters >= 1, got " + points
                    + ", " + outputs + ", " + parameters);
        }
        if (withJacobians && (long) points * outputs * parameters > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a Jacobian block of " + points + "·" + outputs + " rows × "
                    + parameters + " parameters exceeds one Java array; evaluate fewer points at a time");
        }
        this.channels = channels;
        this.points = points;
        this.outputs = outputs;
        this.parameters = parameters;
        this.values = new double[channels.size()][points * outputs];
        this.jacobians = withJacobians ? new DMatrixRMaj[channels.size()] : null;
        if (withJacobians) {
            for (int c = 0; c < channels.size(); c++) {
                jacobians[c] = new DMatrixRMaj(points * outputs, parameters);
            }
        }
    }

    /** @return a buffer sized for {@code ansatz} at {@code points} points */
    public static AnsatzOutput forAnsatz(Ansatz ansatz, ChannelSet channels, int points, boolean withJacobians) {
        return new AnsatzOutput(channels, points, ansatz.outputDimension(), ansatz.parameterCount(), withJacobians);
    }

    public ChannelSet channels() {
        return channels;
    }

    public int pointCount() {
        return points;
    }

    public int outputCount() {
        return outputs;
    }

    public int parameterCount() {
        return parameters;
    }

    public boolean hasJacobians() {
        return jacobians != null;
    }

    /** @return the n·m values of channel number {@code c} (live array, layout p·m + k) */
    public double[] values(int c) {
        return values[c];
    }

    /** @return the values of channel {@code ch} */
    public double[] values(Channel ch) {
        return values[require(ch)];
    }

    /** @return (∂^c u_k)(x_p) */
    public double value(int c, int point, int output) {
        return values[c][point * outputs + output];
    }

    /** @return the (n·m)×P Jacobian of channel number {@code c} (live matrix) */
    public DMatrixRMaj jacobian(int c) {
        if (jacobians == null) {
            throw new IllegalStateException("this output buffer was allocated without Jacobians");
        }
        return jacobians[c];
    }

    /** @return the Jacobian of channel {@code ch} */
    public DMatrixRMaj jacobian(Channel ch) {
        return jacobian(require(ch));
    }

    private int require(Channel ch) {
        int c = channels.indexOf(ch);
        if (c < 0) {
            throw new IllegalArgumentException("channel " + ch + " is not in this buffer's set " + channels);
        }
        return c;
    }
}
