package org.sven4j.svd;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.ThinQr;
import org.sven4j.linalg.ThinSvd;
import org.sven4j.lsq.JacobianOperator;

/**
 * QR-then-SVD: for tall J (N ≥ P), J = Q·R, R = U_R·Σ·Vᵀ, so U = Q·U_R. The SVD then runs on the
 * small P×P factor, with the accuracy of the exact SVD (no squared condition number).
 * Wide J is handled through Jᵀ. Cost O(N·P² + P³) for tall J.
 */
public final class QrSvd implements SvdBackend {
    private final LinearAlgebra la;

    public QrSvd() {
        this(LinearAlgebra.get());
    }

    public QrSvd(LinearAlgebra la) {
        this.la = la;
    }

    @Override public String name() { return "qr"; }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation) {
        DMatrixRMaj j = Svds.requireDense(jacobian, name());
        boolean wide = j.numRows < j.numCols;
        DMatrixRMaj tall = wide ? Svds.transpose(j) : j;
        ThinQr qr = la.qr(tall);
        ThinSvd s = la.svd(qr.r(), true);
        DMatrixRMaj left = new DMatrixRMaj(tall.numRows, s.s().length);
        la.gemm(false, false, 1.0, qr.q(), s.u(), 0.0, left);
        // tall = left·Σ·Vᵀ; for wide J = tallᵀ = V·Σ·leftᵀ.
        return wide ? Svds.truncate(s.v(), s.s(), left, s.s().length, truncation, name())
                : Svds.truncate(left, s.s(), s.v(), s.s().length, truncation, name());
    }
}
