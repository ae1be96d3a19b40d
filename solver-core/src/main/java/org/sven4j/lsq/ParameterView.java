package org.sven4j.lsq;

/** A read-only view of a parameter vector θ ∈ ℝᴾ. */
public interface ParameterView {

    /** @return P */
    int size();

    /** @return θⱼ, 0 ≤ j &lt; P */
    double get(int j);

    /** @return a copy of θ */
    double[] toArray();

    /** @return a view of {@code theta} (not a copy: it reflects later changes of the array) */
    static ParameterView of(double[] theta) {
        return new ParameterView() {
            @Override public int size() { return theta.length; }

            @Override public double get(int j) { return theta[j]; }

            @Override public double[] toArray() { return theta.clone(); }
        };
    }
}
