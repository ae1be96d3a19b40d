package org.sven4j.svd;

import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.JacobianOperator;

/**
 * Chooses a back-end per call from the shape N×P, the rank k asked for and the cut-off rtol
 * (m = min(N, P), M = max(N, P)):
 * <ul>
 * <li>matrix-free J, or k ≤ m/4: {@link SubspaceSvd}, warm-started from the previous iteration's V_k,
 * BLAS-3 and O(N·P·k) per pass; a matrix-free J with no rank limit is given k = {@value #MATRIX_FREE_RANK}
 * (below the rtol cut the subspace method keeps fewer);</li>
 * <li>M ≥ 4·m and rtol ≥ {@link GramSvd#RELIABLE_RATIO}: {@link GramSvd}, one SYRK and an m×m eigensolve;</li>
 * <li>otherwise {@link ExactSvd}.</li>
 * </ul>
 *
 * <p>{@link QrSvd} (Householder QR, then the SVD of R) costs less than {@link ExactSvd} when M ≥ 2·m but rounds
 * differently; pass it to {@code SvenOptions.Builder.svd} to use it (measurements: validation/SUITE.md).
 */
public final class AutoSvd implements SvdBackend {
    /** The rank limit for a matrix-free Jacobian when the truncation sets none. */
    public static final int MATRIX_FREE_RANK = 256;

    private final ExactSvd exact;
    private final GramSvd gram;
    private final SubspaceSvd subspace;
    private final LinearAlgebra la;

    public AutoSvd() {
        this(LinearAlgebra.get());
    }

    public AutoSvd(LinearAlgebra la) {
        this.la = la;
        this.exact = new ExactSvd(la);
        this.gram = new GramSvd(la);
        this.subspace = new SubspaceSvd(la);
    }

    @Override public String name() { return "auto"; }

    /** @return the dense kernels every back-end of this policy runs on */
    public LinearAlgebra linearAlgebra() { return la; }

    /** @return the back-end this policy picks for the given operator and truncation */
    public SvdBackend choose(JacobianOperator jacobian, Truncation truncation) {
        return choose(jacobian.rows(), jacobian.cols(), jacobian.dense() == null, truncation);
    }

    /** @return the back-end this policy picks for an N×P Jacobian, dense or matrix-free, and the truncation */
    public SvdBackend choose(int rows, int cols, boolean matrixFree, Truncation truncation) {
        int m = Math.min(rows, cols);
        int big = Math.max(rows, cols);
        int k = truncation.cap(m);
        if (matrixFree || k <= m / 4) {
            return subspace;
        }
        if (big >= 4L * m && truncation.rtol() >= GramSvd.RELIABLE_RATIO) {
            return gram;
        }
        return exact;
    }

    /** @return the choice in words for a settings line, e.g. "subspace SVD, k ≤ 256" or "exact SVD" */
    public String describe(int rows, int cols, boolean matrixFree, Truncation truncation) {
        Truncation t = effective(matrixFree, truncation);
        String name = choose(rows, cols, matrixFree, t).name() + " SVD";
        return t.maxRank() != truncation.maxRank() ? name + ", k ≤ " + t.maxRank() : name;
    }

    private static Truncation effective(boolean matrixFree, Truncation truncation) {
        return matrixFree && truncation.maxRank() == Truncation.ALL
                ? Truncation.of(MATRIX_FREE_RANK, truncation.rtol()) : truncation;
    }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation) {
        return decompose(jacobian, truncation, null);
    }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation, TruncatedSvd previous) {
        Truncation t = effective(jacobian.dense() == null, truncation);
        return choose(jacobian, t).decompose(jacobian, t, previous);
    }
}
