package org.sven4j.physics.ansatz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An ordered list of distinct {@link Channel}s requested from an ansatz. Channel c's outputs are
 * stored at position {@link #indexOf(Channel)} of an {@link AnsatzOutput}. Immutable.
 */
public final class ChannelSet {
    private final List<Channel> channels;

    private ChannelSet(List<Channel> channels) {
        this.channels = channels;
    }

    /**
     * @param channels the channels in the order wanted; duplicates are an error
     * @return the set
     */
    public static ChannelSet of(Channel... channels) {
        return of(List.of(channels));
    }

    /** @see #of(Channel...) */
    public static ChannelSet of(List<Channel> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a channel set needs at least one channel");
        }
        LinkedHashSet<Channel> set = new LinkedHashSet<>();
        for (Channel c : channels) {
            if (c == null) {
                throw new IllegalArgumentException("channel set contains null");
            }
            if (!set.add(c)) {
                throw new IllegalArgumentException("channel " + c + " is requested twice");
            }
        }
        return new ChannelSet(Collections.unmodifiableList(new ArrayList<>(set)));
    }

    /** @return u alone */
    public static ChannelSet valueOnly() {
        return of(Channel.value());
    }

    /**
     * @param d input dimension
     * @return u, ∂u/∂x₀ … ∂u/∂x_{d−1}, Δu (in that order)
     */
    public static ChannelSet valueGradientLaplacian(int d) {
        List<Channel> list = new ArrayList<>();
        list.add(Channel.value());
        for (int i = 0; i < d; i++) {
            list.add(Channel.d(i));
        }
        list.add(Channel.laplacian());
        return of(list);
    }

    /** @return the number of channels */
    public int size() {
        return channels.size();
    }

    /** @return channel number {@code i} */
    public Channel get(int i) {
        return channels.get(i);
    }

    /** @return the channels, unmodifiable */
    public List<Channel> asList() {
        return channels;
    }

    /** @return the position of {@code c}, or −1 */
    public int indexOf(Channel c) {
        return channels.indexOf(c);
    }

    /** @return true if {@code c} is in the set */
    public boolean contains(Channel c) {
        return channels.contains(c);
    }

    /** @return the highest {@link Channel#order()} */
    public int maxOrder() {
        int k = 0;
        for (Channel c : channels) {
            k = Math.max(k, c.order());
        }
        return k;
    }

    /**
     * Checks that every channel fits an ansatz with {@code inputs} inputs and order ≤ {@code maxOrder}.
     *
     * @param who the ansatz's name for the message
     */
    public void requireSupported(String who, int inputs, int maxOrder) {
        for (Channel c : channels) {
            if (c.maxIndex() >= inputs) {
                throw new IllegalArgumentException("channel " + c + " differentiates by input " + c.maxIndex()
                        + " but " + who + " has " + inputs + " inputs (x0..x" + (inputs - 1) + ")");
            }
            if (c.order() > maxOrder) {
                throw new IllegalArgumentException("channel " + c + " has derivative order " + c.order()
                        + " but " + who + " supplies order <= " + maxOrder);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelSet && ((ChannelSet) o).channels.equals(channels);
    }

    @Override
    public int hashCode() {
        return channels.hashCode();
    }

    @Override
    public String toString() {
        return channels.toString();
    }
}
