/**
 * The dense-kernel layer: GEMM, SYRK, GEMV, thin SVD, symmetric eigensolver, QR, Cholesky and the triangular
 * solve on EJML row-major {@link org.ejml.data.DMatrixRMaj} storage, run by native OpenBLAS/LAPACK when the
 * machine has it and by a pure-Java back-end otherwise (netlib's Java BLAS/LAPACK or EJML, whichever is faster
 * per kernel). Every dense hot loop in Sven4j goes through {@link org.sven4j.linalg.LinearAlgebra}.
 *
 * <p>Configuration, read once per JVM: {@code -Dsven4j.linalg=auto|native|java} picks the back-end,
 * {@code -Dsven4j.threads=N} the thread count of the pure-Java kernels and of the shared pool
 * {@link org.sven4j.linalg.Threads#pool()} for Java-side parallel loops; OpenBLAS takes its count from the
 * environment variable {@code OPENBLAS_NUM_THREADS}, which launchers set to the same N.
 */
package org.sven4j.linalg;
