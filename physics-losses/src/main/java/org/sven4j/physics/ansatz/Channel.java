package org.sven4j.physics.ansatz;

import java.util.Arrays;

/**
 * One derivative channel of a field u : ℝᵈ → ℝᵐ: either the partial derivative
 * ∂^k u / ∂x_{i₁}⋯∂x_{i_k} given by the multiset of input indices {i₁ ≤ … ≤ i_k} (k = 0 is the value),
 * or the contracted Laplacian Δu = Σᵢ ∂²u/∂xᵢ².
 *
 * <p>A channel does not know the input dimension d; an ansatz checks that every index is below its d.
 * The order is unbounded by this type (u_xxx for KdV is {@code Channel.d(0, 0, 0)}); each ansatz
 * states the highest order it supplies ({@link Ansatz#maxDerivativeOrder()}).
 *
 * <p>Immutable; equality is by the multiset of indices (∂x₀∂x₁ equals ∂x₁∂x₀).
 */
public final class Channel {
    private static final Channel VALUE = new Channel(new int[0], false);
    private static final Channel LAPLACIAN = new Channel(new int[0], true);

    private final int[] indices;
    private final boolean laplacian;

    private Channel(int[] sortedIndices, boolean laplacian) {
        this.indices = sortedIndices;
        this.laplacian = laplacian;
    }

    /** @return the value channel u */
    public static Channel value() {
        return VALUE;
    }

    /** @return the contracted Laplacian channel Δu = Σᵢ ∂²u/∂xᵢ² (order 2) */
    public static Channel laplacian() {
        return LAPLACIAN;
    }

    /**
     * @param inputIndices the inputs to differentiate by, in any order, each ≥ 0 (repeats allowed)
     * @return the channel ∂^k u / ∂x_{i₁}⋯∂x_{i_k}
     */
    public static Channel d(int... inputIndices) {
        int[] s = inputIndices.clone();
        for (int i : s) {
            if (i < 0) {
                throw new IllegalArgumentException("channel input index " + i + " is negative");
            }
        }
        Arrays.sort(s);
        return s.length == 0 ? VALUE : new Channel(s, false);
    }

    /**
     * @param counts counts[i] = how often to differentiate by xᵢ (a multi-index α), each ≥ 0
     * @return the channel ∂^α u
     */
    public static Channel ofMultiIndex(int[] counts) {
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("multi-index entry " + i + " is negative: " + counts[i]);
            }
            k += counts[i];
        }
        int[] s = new int[k];
        int pos = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int c = 0; c < counts[i]; c++) {
                s[pos++] = i;
            }
        }
        return k == 0 ? VALUE : new Channel(s, false);
    }

    /** @return true for the contracted Laplacian */
    public boolean isLaplacian() {
        return laplacian;
    }

    /** @return the total derivative order: 0 for the value, 2 for the Laplacian */
    public int order() {
        return laplacian ? 2 : indices.length;
    }

    /** @return the sorted input indices (a copy); empty for the value and for the Laplacian */
    public int[] indices() {
        return indices.clone();
    }

    /**
     * @param d the input dimension
     * @return the multi-index α ∈ ℕᵈ (αᵢ = how often xᵢ appears); for the Laplacian, all zeros
     * @throws IllegalArgumentException if an index is ≥ d
     */
    public int[] multiIndex(int d) {
        int[] a = new int[d];
        for (int i : indices) {
            if (i >= d) {
                throw new IllegalArgumentException("channel " + this + " differentiates by input " + i
                        + " but there are only " + d + " inputs");
            }
            a[i]++;
        }
        return a;
    }

    /** @return the largest input index used, or −1 for the value and the Laplacian */
    public int maxIndex() {
        return indices.length == 0 ? -1 : indices[indices.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Channel && ((Channel) o).laplacian == laplacian
                && Arrays.equals(((Channel) o).indices, indices);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + (laplacian ? 1 : 0);
    }

    /** @return "u", "u_x0", "u_x0x1", or "Δu" */
    @Override
    public String toString() {
        if (laplacian) {
            return "Δu";
        }
        if (indices.length == 0) {
            return "u";
        }
        StringBuilder sb = new StringBuilder("u_");
        for (int i : indices) {
            sb.append('x').append(i);
        }
        return sb.toString();
    }
}
