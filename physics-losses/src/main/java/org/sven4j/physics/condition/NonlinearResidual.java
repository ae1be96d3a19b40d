package org.sven4j.physics.condition;

import org.hipparchus.analysis.differentiation.Gradient;

/**
 * A pointwise residual F(x, u, ∂u, ∂²u, …, κ) ∈ ℝ^q written in plain Java on Hipparchus
 * {@link Gradient} numbers, for example Burgers' {@code out[0] = f.u().multiply(f.dx(0))}.
 *
 * <p>The assembly evaluates F once per point with one Gradient variable per (channel, output) the
 * condition declares and per unknown coefficient, so ∂F/∂(∂^c u_k) and ∂F/∂κ come out exact; the
 * Jacobian row is then Σ_{c,k} ∂F/∂(∂^c u_k)·J_{c,k}[p,:] (a row-scaled sum of the ansatz's channel
 * Jacobians). Values-only evaluations (trial steps) use Gradients with no free parameters.
 *
 * <p>Rules: build every number from {@code f} ({@link LocalField#constant(double)} for constants, or
 * arithmetic with doubles such as {@code g.multiply(2.0)}), never with {@code Gradient.constant(...)}
 * directly; fill all q entries of {@code out}; be pure and thread-safe (the assembly calls F from several
 * threads, each with its own {@link LocalField}). Lambdas cannot be generic methods, which is why F is
 * written against Gradient rather than a type parameter.
 */
@FunctionalInterface
public interface NonlinearResidual {
    /**
     * @param f the field and its declared channels at one point, plus x and the unknown coefficients
     * @param out the q residual components to fill
     */
    void evaluate(LocalField f, Gradient[] out);
}
