package org.sven4j.physics.ansatz.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;

/**
 * The Taylor streams propagated through the network for one {@link ChannelSet}: stream 0 is the
 * value, then one stream per input direction i that some channel differentiates by (∂h/∂xᵢ), then
 * one stream per second-order channel (∂²h/∂xᵢ∂xⱼ or the contracted Δh). For each requested channel
 * it records its stream and the closure of streams its reverse pass touches.
 */
final class TaylorPlan {
    /** Input dimension. */
    final int d;
    /** S, the number of streams. */
    final int streams;
    /** Input direction of each first-order stream (index = stream − 1). */
    final int[] firstDims;
    /** Stream of ∂/∂xᵢ, or −1. */
    final int[] firstStream;
    /** For second-order stream q (index = stream − 1 − |firstDims|): the two directions, or (−1, −1) for Δ. */
    final int[] secondI;
    final int[] secondJ;
    /** Per requested channel: its stream. */
    final int[] channelStream;
    /** Per requested channel: the ascending streams its value depends on (always starts with 0). */
    final int[][] closure;
    final ChannelSet channels;

    TaylorPlan(ChannelSet channels, int d) {
        this.channels = channels;
        this.d = d;
        TreeSet<Integer> dims = new TreeSet<>();
        List<Channel> seconds = new ArrayList<>();
        for (Channel c : channels.asList()) {
            if (c.isLaplacian()) {
                for (int i = 0; i < d; i++) {
                    dims.add(i);
                }
                seconds.add(c);
            } else {
                for (int i : c.indices()) {
                    dims.add(i);
                }
                if (c.order() == 2) {
                    seconds.add(c);
                } else if (c.order() > 2) {
                    throw new IllegalArgumentException("channel " + c + " has order " + c.order()
                            + " but MlpAnsatz supplies order <= 2");
                }
            }
        }
        firstDims = dims.stream().mapToInt(Integer::intValue).toArray();
        firstStream = new int[d];
        java.util.Arrays.fill(firstStream, -1);
        for (int k = 0; k < firstDims.length; k++) {
            firstStream[firstDims[k]] = 1 + k;
        }
        secondI = new int[seconds.size()];
        secondJ = new int[seconds.size()];
        for (int q = 0; q < seconds.size(); q++) {
            Channel c = seconds.get(q);
            if (c.isLaplacian()) {
                secondI[q] = -1;
                secondJ[q] = -1;
            } else {
                int[] ix = c.indices();
                secondI[q] = ix[0];
                secondJ[q] = ix[1];
            }
        }
        streams = 1 + firstDims.length + seconds.size();
        channelStream = new int[channels.size()];
        closure = new int[channels.size()][];
        for (int ci = 0; ci < channels.size(); ci++) {
            Channel c = channels.get(ci);
            TreeSet<Integer> cl = new TreeSet<>();
            cl.add(0);
            if (c.order() == 0) {
                channelStream[ci] = 0;
            } else if (c.order() == 1) {
                channelStream[ci] = firstStream[c.indices()[0]];
                cl.add(channelStream[ci]);
            } else {
                int s = 1 + firstDims.length + seconds.indexOf(c);
                channelStream[ci] = s;
                cl.add(s);
                if (c.isLaplacian()) {
                    for (int i = 0; i < d; i++) {
                        cl.add(firstStream[i]);
                    }
                } else {
                    for (int i : c.indices()) {
                        cl.add(firstStream[i]);
                    }
                }
            }
            closure[ci] = cl.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** @return true if stream s is a first-order stream */
    boolean isFirst(int s) {
        return s >= 1 && s <= firstDims.length;
    }

    /** @return the second-order index q of stream s (s must be second order) */
    int secondIndex(int s) {
        return s - 1 - firstDims.length;
    }

    /** @return the largest closure size */
    int maxClosure() {
        int t = 1;
        for (int[] c : closure) {
            t = Math.max(t, c.length);
        }
        return t;
    }
}
