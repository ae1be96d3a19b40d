package org.sven4j.svd;

import org.sven4j.lsq.JacobianOperator;

/** Computes a {@link TruncatedSvd} of a Jacobian. Implementations are immutable and thread-safe. */
public interface SvdBackend {

    /** @return a short id for reports: exact, qr, gram, randomized, lanczos, auto */
    String name();

    /**
     * @param jacobian J, N×P (dense back-ends require {@link JacobianOperator#dense()} to be non-null)
     * @param truncation which triplets to keep
     * @return the truncated SVD; rank 0 if J = 0
     */
    TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation);
}
