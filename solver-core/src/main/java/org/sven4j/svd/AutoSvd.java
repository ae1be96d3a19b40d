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
 * <p>{@link QrSvd} is faster than {@link ExactSvd} whenever M ≥ 2·m (measured: 12 vs 18–20 ms on a 1020×257 PINN
 * Jacobian, 1.9 vs 3.9 s on 1000×20000, 0.41 vs 0.47 s on 2000×1000, even on 4000×1000: gesdd gets the row-major
 * buffer as a wide column-major matrix and reduces it by a strided LQ). It is not chosen here yet: switching
 * changed the rounding of every PINN run, and on the MLP Poisson benchmark (line search, rtol 10⁻¹⁰) two of five
 * seeds then stopped at 1.3·10⁻¹⁰ and 2.5·10⁻¹⁰ instead of below 10⁻¹⁰. The end-game of those runs is
 * sensitive at the ulp level, and that has to be made robust before the default changes. Pass
 * {@code new QrSvd()} to {@code SvenOptions.Builder.svd} to use it.
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
