/**
 * The dense-kernel layer: GEMM, SYRK, GEMV, thin SVD, symmetric eigensolver, QR and Cholesky on
 * EJML row-major {@link org.ejml.data.DMatrixRMaj} storage, run by native OpenBLAS/LAPACK when the
 * machine has it and by a pure-Java back-end otherwise. Every dense hot loop in Sven4j goes through
 * {@link org.sven4j.linalg.LinearAlgebra}.
 */
package org.sven4j.linalg;
