package org.sven4j.physics.assembly;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.BlockRunner;
import org.sven4j.physics.condition.Balancing;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.physics.condition.Resampling;

/** Draws a condition's next point set according to its {@link Resampling} policy. */
final class Resampler {
    private Resampler() {
    }

    /**
     * @param reference the full parameter vector [θ ; κ] for residual-adaptive sampling (may be null:
     *        then adaptive falls back to uniform draws)
     */
    static PointSet draw(ConditionBlock block, int iteration, Ansatz ansatz, List<String> coefficientNames,
            double[] reference, int chunk) {
        Resampling r = block.condition.resampling();
        int n = block.pointCount();
        long seed = r.seed() + iteration;
        if (r.kind() == Resampling.Kind.EVERY || reference == null) {
            return checked(block, r.source().sample(seed, n), n);
        }
        int mCand = n * r.candidateFactor();
        PointSet cand = checked(block, r.source().sample(seed, mCand), mCand);
        ConditionBlock probe = new ConditionBlock(block.condition, 0, ansatz, coefficientNames, Balancing.SUM,
                chunk, cand, true);
        int bigP = ansatz.parameterCount();
        double[] theta = Arrays.copyOf(reference, bigP);
        double[] kappa = Arrays.copyOfRange(reference, bigP, reference.length);
        double[] res = new double[probe.rowCount()];
        probe.evaluate(theta, kappa, res, null, BlockRunner.serial());
        int q = block.q;
        double[] w = new double[mCand];
        double mean = 0;
        for (int p = 0; p < mCand; p++) {
            double s = 0;
            for (int i = 0; i < q; i++) {
                s += res[p * q + i] * res[p * q + i];
            }
            w[p] = Math.pow(Math.sqrt(s), r.exponent());
            mean += w[p];
        }
        mean /= mCand;
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 1);
        double[] key = new double[mCand];
        Integer[] order = new Integer[mCand];
        for (int p = 0; p < mCand; p++) {
            double density = (mean > 0 ? w[p] / mean : 1.0) + r.floor();
            if (!(density > 0) || !Double.isFinite(density)) {
                density = r.floor() > 0 ? r.floor() : 1e-300;
            }
            // Efraimidis–Spirakis: keep the n largest log(u)/w.
            key[p] = Math.log(1.0 - rng.nextDouble()) / density;
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> Double.compare(key[b], key[a]));
        int[] keep = new int[n];
        for (int i = 0; i < n; i++) {
            keep[i] = order[i];
        }
        Arrays.sort(keep);
        int d = cand.dimension();
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        double[][] normals = cand.hasNormals() ? new double[n][d] : null;
        double[] tmp = new double[d];
        for (int i = 0; i < n; i++) {
            cand.point(keep[i], tmp);
            System.arraycopy(tmp, 0, x.data, i * d, d);
            if (normals != null) {
                cand.normal(keep[i], normals[i]);
            }
        }
        PointSet out = PointSet.of(x);
        return normals == null ? out : out.withNormals(normals);
    }

    private static PointSet checked(ConditionBlock block, PointSet pts, int count) {
        if (pts == null || pts.size() != count) {
            throw new IllegalArgumentException("condition '" + block.name + "': the point source returned "
                    + (pts == null ? "null" : pts.size() + " points") + " but " + count + " were requested");
        }
        return pts;
    }
}
