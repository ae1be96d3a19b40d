package org.sven4j.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Leading eigenpairs of a symmetric matrix.
 *
 * @param values eigenvalues, descending
 * @param vectors n×count, column j is the unit eigenvector of values[j]
 */
public record SymmetricEigen(double[] values, DMatrixRMaj vectors) {
}
