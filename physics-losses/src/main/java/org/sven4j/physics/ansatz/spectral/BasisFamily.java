package org.sven4j.physics.ansatz.spectral;

/** The 1-D function families of a {@link SpectralAxis}. */
public enum BasisFamily {
    /** Chebyshev polynomials of the first kind T_k(t), t ∈ [−1, 1], k = 0..n. */
    CHEBYSHEV,
    /** Legendre polynomials P_k(t), t ∈ [−1, 1], k = 0..n. */
    LEGENDRE,
    /** Periodic trigonometric basis 1, cos(qωy), sin(qωy), q = 1..n, ω = 2π/L, y = x − a. */
    FOURIER
}
