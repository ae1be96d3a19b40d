/**
 * Residual conditions, the part a simulation engineer writes: each {@link org.sven4j.physics.condition.Condition}
 * is a point set plus a pointwise residual F (q components) and becomes one block of rows of the residual
 * system. Linear residuals F = L u − g use the {@link org.sven4j.physics.condition.LinearOperator} library
 * (Laplacian, gradient, divergence, advection, time derivative, Helmholtz, normal derivative, variable
 * coefficients, unknown coefficients, sums and stacks); nonlinear ones are
 * {@link org.sven4j.physics.condition.NonlinearResidual} lambdas on Hipparchus Gradient numbers.
 * Boundary, initial, periodic and data conditions are factories on Condition. Weights: rows are scaled by
 * √(β·w·w_p) ({@link org.sven4j.physics.condition.Balancing}). Point sets may be redrawn between
 * iterations ({@link org.sven4j.physics.condition.Resampling}). Nothing here depends on the ansatz, so a
 * catalog entry is a list of conditions plus an exact solution.
 */
package org.sven4j.physics.condition;
