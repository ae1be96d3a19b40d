package org.sven4j.svd;

import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.JacobianOperator;

/**
 * Chooses a back-end per call from the shape N×P, the rank k asked for and the cut-off rtol
 * (m = min(N, P), M = max(N, P)):
 * <ul>
 * <li>matrix-free J: {@link LanczosSvd};</li>
 * <li>k ≤ m/4: {@link RandomizedSvd} (q = 2 power iterations), BLAS-3 and O(N·P·k);</li>
 * <li>M ≥ 4·m and rtol ≥ {@link GramSvd#RELIABLE_RATIO}: {@link GramSvd}, one SYRK and an m×m eigensolve;</li>
 * <li>otherwise {@link ExactSvd}.</li>
 * </ul>
 *
 * <p>{@link QrSvd} (Householder QR, then the SVD of R) costs less than {@link ExactSvd} when M ≥ 2·m but rounds
 * differently; pass it to {@code SvenOptions.Builder.svd} to use it (measurements: validation/SUITE.md).
 */
public final class AutoSvd implements SvdBackend {
    private final ExactSvd exact;
    private final GramSvd gram;
    private final RandomizedSvd randomized;
    private final LanczosSvd lanczos;
    private final LinearAlgebra la;

    public AutoSvd() {
        this(LinearAlgebra.get());
    }

    public AutoSvd(LinearAlgebra la) {
        this.la = la;
        this.exact = new ExactSvd(la);
        this.gram = new GramSvd(la);
        this.randomized = new RandomizedSvd(10, 2, 42L, la);
        this.lanczos = new LanczosSvd(1e-12, 7L, la);
    }

    @Override public String name() { return "auto"; }

    /** @return the dense kernels every back-end of this policy runs on */
    public LinearAlgebra linearAlgebra() { return la; }

    /** @return the back-end this policy picks for the given operator and truncation */
    public SvdBackend choose(JacobianOperator jacobian, Truncation truncation) {
        int m = Math.min(jacobian.rows(), jacobian.cols());
        int big = Math.max(jacobian.rows(), jacobian.cols());
        int k = truncation.cap(m);
        if (jacobian.dense() == null) {
            return lanczos;
        }
        if (k <= m / 4) {
            return randomized;
        }
        if (big >= 4L * m && truncation.rtol() >= GramSvd.RELIABLE_RATIO) {
            return gram;
        }
        return exact;
    }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation) {
        return choose(jacobian, truncation).decompose(jacobian, truncation);
    }
}
