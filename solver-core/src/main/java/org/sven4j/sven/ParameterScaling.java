package org.sven4j.sven;

/** Scaling of the parameters in which the step is minimum-norm and the trust region is round. */
public enum ParameterScaling {
    /** None: δθ is the minimum-norm step in θ itself (Sven as published). */
    NONE,
    /**
     * Jacobi (MINPACK mode 1): D = diag(dⱼ), dⱼ = max over iterations of ‖J_{:,j}‖₂; the SVD is taken of
     * J·D⁻¹, which makes the step invariant to the units of each parameter. Needs a dense Jacobian.
     */
    JACOBI
}
