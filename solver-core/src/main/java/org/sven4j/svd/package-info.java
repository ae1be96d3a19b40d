/**
 * Truncated singular value decompositions J ≈ U_k Σ_k V_kᵀ of a Jacobian, behind one interface
 * ({@link org.sven4j.svd.SvdBackend}): the exact thin SVD, QR-then-SVD for tall matrices, the Gram
 * (normal-matrix) path, randomized SVD (Halko–Martinsson–Tropp) and matrix-free Golub–Kahan–Lanczos,
 * with an {@link org.sven4j.svd.AutoSvd automatic choice} by shape, rank and accuracy.
 */
package org.sven4j.svd;
