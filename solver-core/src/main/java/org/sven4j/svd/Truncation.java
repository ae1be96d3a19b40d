package org.sven4j.svd;

/**
 * Which singular triplets a truncated SVD keeps: the top {@code maxRank}, and of those only the ones
 * with σᵢ &gt; rtol·σ₁ (σ₁ the largest singular value).
 *
 * @param maxRank k, the largest rank kept (≥ 1); {@link #ALL} for no limit
 * @param rtol relative cut-off in [0, 1) (at 1 or above nothing would be kept)
 */
public record Truncation(int maxRank, double rtol) {
    /** No rank limit. */
    public static final int ALL = Integer.MAX_VALUE;

    public Truncation {
        if (maxRank <= 0) {
            throw new IllegalArgumentException("truncation rank k must be >= 1, got " + maxRank);
        }
        if (!(rtol >= 0 && rtol < 1)) {
            throw new IllegalArgumentException("truncation rtol must be in [0, 1), got " + rtol
                    + (rtol >= 1 ? " (it would keep no singular value: σᵢ ≤ rtol·σ₁ for all i)" : ""));
        }
    }

    /** @return rank k (≥ 1) and cut-off rtol */
    public static Truncation of(int maxRank, double rtol) {
        return new Truncation(maxRank, rtol);
    }

    /** @return all triplets above rtol·σ₁ */
    public static Truncation relative(double rtol) {
        return new Truncation(ALL, rtol);
    }

    /** @return the rank a matrix with r = min(N, P) singular values can have under this truncation */
    public int cap(int r) {
        return Math.min(maxRank, r);
    }

    /**
     * @param sigma singular values, descending (σ₁ first)
     * @param available how many of them are reliable (a prefix of {@code sigma})
     * @return how many to keep: σᵢ &gt; rtol·σ₁ and σᵢ &gt; 0, at most {@code maxRank}
     */
    public int keep(double[] sigma, int available) {
        int n = Math.min(available, maxRank);
        if (n == 0 || !(sigma[0] > 0)) {
            return 0;
        }
        double cut = rtol * sigma[0];
        int k = 0;
        while (k < n && sigma[k] > cut && sigma[k] > 0) {
            k++;
        }
        return k;
    }
}
