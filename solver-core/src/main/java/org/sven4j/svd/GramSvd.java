package org.sven4j.svd;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.SymmetricEigen;
import org.sven4j.lsq.JacobianOperator;

/**
 * The Gram (sample-space or parameter-space) path: an eigen-decomposition of the smaller of
 * J·Jᵀ (N×N, when N ≤ P) and Jᵀ·J (P×P, when N &gt; P), then σᵢ = √λᵢ and the other factor by
 * one GEMM, e.g. V = Jᵀ·U·Σ⁻¹. Cost: one SYRK (N·P·min(N, P) flops) and an m×m eigensolve,
 * m = min(N, P); typically several times faster than the exact SVD for very tall or wide J.
 *
 * <p><b>Precision.</b> Forming the Gram matrix squares the condition number: eigenvalues are
 * accurate to about ε·λ₁, so σᵢ is reliable only while σᵢ/σ₁ ≳ √ε ≈ 1.5·10⁻⁸. Triplets below
 * {@link #RELIABLE_RATIO}·σ₁ are therefore always dropped, whatever the requested rtol; ask for
 * the exact or QR back-end when a smaller cut-off matters.
 */
public final class GramSvd implements SvdBackend {
    /** Smallest σᵢ/σ₁ that the Gram path resolves: 1e-7 (≈ √ε with a safety factor). */
    public static final double RELIABLE_RATIO = 1e-7;
    private final LinearAlgebra la;

    public GramSvd() {
        this(LinearAlgebra.get());
    }

    public GramSvd(LinearAlgebra la) {
        this.la = la;
    }

    @Override public String name() { return "gram"; }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation) {
        DMatrixRMaj j = Svds.requireDense(jacobian, name());
        boolean wide = j.numRows <= j.numCols;
        int m = Math.min(j.numRows, j.numCols);
        DMatrixRMaj gram = new DMatrixRMaj(m, m);
        la.syrk(!wide, 1.0, j, 0.0, gram);
        int count = truncation.cap(m);
        SymmetricEigen eig = la.eigenSymmetric(gram, count);
        double[] lambda = eig.values();
        double[] sigma = new double[count];
        double floor = RELIABLE_RATIO * Math.sqrt(Math.max(lambda[0], 0.0));
        int reliable = 0;
        for (int i = 0; i < count; i++) {
            sigma[i] = Math.sqrt(Math.max(lambda[i], 0.0));
            if (sigma[i] > floor && reliable == i) {
                reliable++;
            }
        }
        Truncation t = new Truncation(truncation.maxRank(), Math.max(truncation.rtol(), RELIABLE_RATIO));
        int k = t.keep(sigma, reliable);
        DMatrixRMaj w = Svds.leadingColumns(eig.vectors(), k);
        // The other factor: V = Jᵀ·U·Σ⁻¹ (wide) or U = J·V·Σ⁻¹ (tall).
        DMatrixRMaj other = new DMatrixRMaj(wide ? j.numCols : j.numRows, k);
        if (k > 0) {
            la.gemm(wide, false, 1.0, j, w, 0.0, other);
            double[] inv = new double[k];
            for (int i = 0; i < k; i++) {
                inv[i] = 1.0 / sigma[i];
            }
            Svds.scaleColumns(other, inv);
        }
        double[] kept = java.util.Arrays.copyOf(sigma, k);
        return wide ? new TruncatedSvd(kept, w, other, sigma[0], name())
                : new TruncatedSvd(kept, other, w, sigma[0], name());
    }
}
