package org.sven4j.physics.condition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sven4j.physics.ansatz.Channel;

/**
 * A linear differential operator with q output rows, (L u)_i(x) = Σ_{t ∈ row i} a_t(x)·[κ_t]·(∂^{c_t} u_{k_t})(x),
 * a list of {@link Term}s. Immutable; combine with {@link #plus}, {@link #minus}, {@link #times},
 * {@link #stack}. Factories act on output component 0; move them with {@link #onComponent(int)}.
 *
 * <p>Fast path: the assembly forms the residual as this sum of channel values and the Jacobian row as
 * the same sum of the ansatz's channel-Jacobian rows, Σ_t a_t(x_p)·[κ_t]·J_{c_t}[p,:] — tight loops over
 * contiguous rows of length P, O(T·P) per point for T terms, with no per-point automatic differentiation.
 * A term with an unknown κ adds a_t(x)·(∂^{c_t} u_{k_t})(x) to the Jacobian column of κ.
 */
public final class LinearOperator {
    private final int rows;
    private final List<Term> terms;

    private LinearOperator(int rows, List<Term> terms) {
        this.rows = rows;
        this.terms = Collections.unmodifiableList(terms);
    }

    /**
     * @param rows q ≥ 1
     * @param terms terms with rows below q
     * @return the operator Σ terms
     */
    public static LinearOperator of(int rows, List<Term> terms) {
        if (rows < 1) {
            throw new IllegalArgumentException("operator needs at least one row, got " + rows);
        }
        for (Term t : terms) {
            if (t.row() >= rows) {
                throw new IllegalArgumentException("term " + t + " writes row " + t.row() + " of a " + rows
                        + "-row operator");
            }
        }
        return new LinearOperator(rows, new ArrayList<>(terms));
    }

    /** @return the single-row operator u ↦ ∂^c u₀ */
    public static LinearOperator channel(Channel c) {
        return new LinearOperator(1, List.of(new Term(0, 0, 0, c, Coefficient.one(), null)));
    }

    /** @return the identity u ↦ u₀ */
    public static LinearOperator value() {
        return channel(Channel.value());
    }

    /** @return ∂^k u₀/∂x_{i₁}⋯∂x_{i_k} */
    public static LinearOperator derivative(int... inputs) {
        return channel(Channel.d(inputs));
    }

    /** @return the full Laplacian Δu₀ = Σ_i ∂²u₀/∂x_i² over all inputs (the ansatz's contracted channel) */
    public static LinearOperator laplacian() {
        return channel(Channel.laplacian());
    }

    /**
     * @param inputs the inputs to sum over (for example the space variables, leaving out time)
     * @return the partial Laplacian Σ_{i ∈ inputs} ∂²u₀/∂x_i²
     */
    public static LinearOperator laplacian(int... inputs) {
        if (inputs.length == 0) {
            throw new IllegalArgumentException("partial Laplacian needs at least one input");
        }
        List<Term> t = new ArrayList<>();
        for (int i : inputs) {
            t.add(new Term(0, 0, 0, Channel.d(i, i), Coefficient.one(), null));
        }
        return new LinearOperator(1, t);
    }

    /** @return ∂u₀/∂x_t, the time derivative when input t is time */
    public static LinearOperator timeDerivative(int t) {
        return derivative(t);
    }

    /** @return the d-row gradient (∂u₀/∂x₀, …, ∂u₀/∂x_{d−1}) */
    public static LinearOperator gradient(int d) {
        requireDimension(d);
        List<Term> t = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            t.add(new Term(i, 0, 0, Channel.d(i), Coefficient.one(), null));
        }
        return new LinearOperator(d, t);
    }

    /** @return the divergence Σ_{i<d} ∂u_i/∂x_i of the vector field (u₀, …, u_{d−1}) */
    public static LinearOperator divergence(int d) {
        requireDimension(d);
        List<Term> t = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            t.add(new Term(0, 0, i, Channel.d(i), Coefficient.one(), null));
        }
        return new LinearOperator(1, t);
    }

    /** @return the advection b(x)·∇u₀ = Σ_i b_i(x)·∂u₀/∂x_i with variable velocity components */
    public static LinearOperator advection(ScalarField... b) {
        if (b.length == 0) {
            throw new IllegalArgumentException("advection needs at least one velocity component");
        }
        List<Term> t = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            t.add(new Term(0, 0, 0, Channel.d(i), Coefficient.of(b[i]), null));
        }
        return new LinearOperator(1, t);
    }

    /** @return the advection b·∇u₀ with a constant velocity */
    public static LinearOperator advection(double... b) {
        if (b.length == 0) {
            throw new IllegalArgumentException("advection needs at least one velocity component");
        }
        List<Term> t = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            t.add(new Term(0, 0, 0, Channel.d(i), Coefficient.constant(b[i]), null));
        }
        return new LinearOperator(1, t);
    }

    /** @return the Helmholtz operator Δu₀ + k²u₀ (full Laplacian) */
    public static LinearOperator helmholtz(double k) {
        return laplacian().plus(value().times(k * k));
    }

    /** @return the normal derivative ∂u₀/∂n = Σ_{i<d} n_i(x)·∂u₀/∂x_i (the points must carry normals) */
    public static LinearOperator normalDerivative(int d) {
        requireDimension(d);
        List<Term> t = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            t.add(new Term(0, 0, 0, Channel.d(i), Coefficient.normal(i), null));
        }
        return new LinearOperator(1, t);
    }

    /**
     * @param ops operators to put below each other
     * @return the operator with rows of ops[0], then ops[1], …
     */
    public static LinearOperator stack(LinearOperator... ops) {
        if (ops.length == 0) {
            throw new IllegalArgumentException("stack needs at least one operator");
        }
        List<Term> t = new ArrayList<>();
        int offset = 0;
        for (LinearOperator op : ops) {
            for (Term term : op.terms) {
                t.add(term.withRow(term.row() + offset));
            }
            offset += op.rows;
        }
        return new LinearOperator(offset, t);
    }

    private static void requireDimension(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + d);
        }
    }

    /** @return L + M (same number of rows) */
    public LinearOperator plus(LinearOperator m) {
        if (m.rows != rows) {
            throw new IllegalArgumentException("cannot add a " + m.rows + "-row operator to a " + rows + "-row operator");
        }
        List<Term> t = new ArrayList<>(terms);
        t.addAll(m.terms);
        return new LinearOperator(rows, t);
    }

    /** @return L − M */
    public LinearOperator minus(LinearOperator m) {
        return plus(m.times(-1.0));
    }

    /** @return −L */
    public LinearOperator negate() {
        return times(-1.0);
    }

    /** @return c·L */
    public LinearOperator times(double c) {
        return times(Coefficient.constant(c));
    }

    /** @return a(x)·L (variable coefficient) */
    public LinearOperator times(ScalarField a) {
        return times(Coefficient.of(a));
    }

    /** @return a(x)·L */
    public LinearOperator times(Coefficient a) {
        List<Term> t = new ArrayList<>();
        for (Term term : terms) {
            t.add(term.withCoefficient(term.coefficient().times(a)));
        }
        return new LinearOperator(rows, t);
    }

    /**
     * @param name an unknown physical coefficient declared on the system (a solver parameter)
     * @return κ·L; a term can carry at most one unknown (products of unknowns need a nonlinear residual)
     */
    public LinearOperator times(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("unknown coefficient needs a name");
        }
        List<Term> t = new ArrayList<>();
        for (Term term : terms) {
            if (term.unknown() != null) {
                throw new IllegalArgumentException("term " + term.channel() + " already carries unknown '"
                        + term.unknown() + "'; a product of unknowns '" + term.unknown() + "'·'" + name
                        + "' needs a nonlinear residual");
            }
            t.add(term.withUnknown(name));
        }
        return new LinearOperator(rows, t);
    }

    /** @return this operator acting on output component k instead of its own components (k ≥ 0) */
    public LinearOperator onComponent(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("component " + k + " is negative");
        }
        List<Term> t = new ArrayList<>();
        for (Term term : terms) {
            t.add(term.withComponent(k));
        }
        return new LinearOperator(rows, t);
    }

    /** @return the same terms evaluated at the partner points of a periodic pair */
    LinearOperator onPartner() {
        List<Term> t = new ArrayList<>();
        for (Term term : terms) {
            t.add(term.withSide(1));
        }
        return new LinearOperator(rows, t);
    }

    /** @return q, the number of residual rows per point */
    public int rows() {
        return rows;
    }

    /** @return the terms, unmodifiable */
    public List<Term> terms() {
        return terms;
    }

    /** @return the distinct channels read, in first-use order */
    public List<Channel> channels() {
        Set<Channel> s = new LinkedHashSet<>();
        for (Term t : terms) {
            s.add(t.channel());
        }
        return new ArrayList<>(s);
    }

    /** @return the distinct unknown coefficients read */
    public Set<String> unknowns() {
        Set<String> s = new LinkedHashSet<>();
        for (Term t : terms) {
            if (t.unknown() != null) {
                s.add(t.unknown());
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "LinearOperator[" + rows + " rows, " + terms.size() + " terms on " + channels() + "]";
    }
}
