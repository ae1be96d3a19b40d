package org.sven4j.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * A thin QR factorisation A = Q·R of a tall m×n matrix.
 *
 * @param q m×n with orthonormal columns
 * @param r n×n upper triangular
 */
public record ThinQr(DMatrixRMaj q, DMatrixRMaj r) {
}
