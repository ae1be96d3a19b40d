package org.sven4j.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * A thin SVD A = U·diag(s)·Vᵀ, r = min(m, n).
 *
 * @param u m×r with orthonormal columns, or null if not computed
 * @param s the r singular values, descending, ≥ 0
 * @param v n×r with orthonormal columns (V, not Vᵀ), or null if not computed
 */
public record ThinSvd(DMatrixRMaj u, double[] s, DMatrixRMaj v) {
}
