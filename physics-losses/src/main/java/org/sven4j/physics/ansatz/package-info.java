/**
 * Ansätze: parametric fields u_θ : ℝᵈ → ℝᵐ evaluated with exact input derivatives (channels ∂^α u
 * and the contracted Laplacian) and the exact parameter Jacobian of every channel, written into
 * caller-owned buffers. Implementations: {@link org.sven4j.physics.ansatz.mlp} (neural networks in
 * Taylor mode), {@link org.sven4j.physics.ansatz.spectral} (tensor-product polynomial and Fourier
 * bases) and {@link org.sven4j.physics.ansatz.constraint} (hard boundary constraints). For implementers:
 * {@link org.sven4j.physics.ansatz.BlockRunner} (point blocks on worker threads),
 * {@link org.sven4j.physics.ansatz.AnsatzChecks} (argument checks) and
 * {@link org.sven4j.physics.ansatz.ThinProducts} (products with a dimension of 1).
 */
package org.sven4j.physics.ansatz;
