package org.sven4j.pde.catalog;

import java.util.function.Supplier;

/**
 * A scalar numerical reference u(x) computed on first use (the solver may take seconds) and kept by
 * this instance; thread-safe.
 */
final class NumericalReference<T> implements ReferenceSolution {
    private final int d;
    private final Supplier<T> solver;
    private final Evaluator<T> evaluator;
    private final String accuracy;
    private volatile T solved;

    /** Evaluates a solved reference at one point. */
    interface Evaluator<T> {
        double at(T solved, double[] x);
    }

    NumericalReference(int d, Supplier<T> solver, Evaluator<T> evaluator, String accuracy) {
        this.d = d;
        this.solver = solver;
        this.evaluator = evaluator;
        this.accuracy = accuracy;
    }

    private T solved() {
        T s = solved;
        if (s == null) {
            synchronized (this) {
                s = solved;
                if (s == null) {
                    s = solver.get();
                    solved = s;
                }
            }
        }
        return s;
    }

    @Override
    public int inputDimension() {
        return d;
    }

    @Override
    public int outputCount() {
        return 1;
    }

    @Override
    public void value(double[] x, double[] out) {
        if (x.length != d) {
            throw new IllegalArgumentException("point must have length " + d + ", got " + x.length);
        }
        out[0] = evaluator.at(solved(), x);
    }

    @Override
    public boolean isExact() {
        return false;
    }

    @Override
    public String accuracy() {
        return accuracy;
    }
}
