package org.sven4j.svd;

import org.sven4j.lsq.JacobianOperator;

/** Computes a {@link TruncatedSvd} of a Jacobian. Implementations are immutable and thread-safe. */
public interface SvdBackend {

    /** @return a short id for reports: exact, qr, gram, randomized, lanczos, subspace, auto */
    String name();

    /**
     * @param jacobian J, N×P (dense back-ends require {@link JacobianOperator#dense()} to be non-null)
     * @param truncation which triplets to keep
     * @return the truncated SVD; rank 0 if J = 0
     */
    TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation);

    /**
     * The same, with the previous iteration's decomposition as a hint: iterative back-ends
     * ({@link SubspaceSvd}) start from its right singular vectors; the others ignore it. The result
     * must not depend on the hint beyond the back-end's stated tolerance.
     *
     * @param previous the last decomposition of a Jacobian with the same column count, or null
     */
    default TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation, TruncatedSvd previous) {
        return decompose(jacobian, truncation);
    }
}
