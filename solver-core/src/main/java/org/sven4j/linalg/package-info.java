/**
 * The dense-kernel layer: GEMM, SYRK, GEMV, thin SVD, symmetric eigensolver, QR, Cholesky and the triangular
 * solve on EJML row-major {@link org.ejml.data.DMatrixRMaj} storage, run by native OpenBLAS/LAPACK (the build's
 * bundled OpenBLAS 0.3.31, or a system library) and by a pure-Java back-end otherwise (netlib's Java BLAS/LAPACK or
 * EJML, whichever is faster per kernel). Every dense hot loop in Sven4j goes through
 * {@link org.sven4j.linalg.LinearAlgebra}.
 *
 * <p>Configuration, read once per JVM: {@code -Dsven4j.linalg=auto|bundled|system|native|java} picks the back-end
 * ({@link org.sven4j.linalg.LinearAlgebra#choice()} says how it was chosen), {@code -Dsven4j.threads=N} the thread
 * count of the bundled OpenBLAS, of the pure-Java kernels and of the shared pool
 * {@link org.sven4j.linalg.Threads#pool()} for Java-side parallel loops.
 */
package org.sven4j.linalg;
