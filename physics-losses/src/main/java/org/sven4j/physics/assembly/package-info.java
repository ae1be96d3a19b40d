/**
 * Assembly of conditions, an ansatz and unknown physical coefficients into one
 * {@link org.sven4j.lsq.ResidualSystem}: {@link org.sven4j.physics.assembly.PhysicsSystem}, built by
 * {@code PhysicsSystem.builder(ansatz).condition(...).coefficient(...).build()}. Parameter layout [θ ; κ];
 * one row block per condition.
 */
package org.sven4j.physics.assembly;
