package org.sven4j.validation.suite;

import java.util.Map;
import org.sven4j.pde.catalog.AnsatzKind;
import org.sven4j.pde.catalog.BenchmarkProblem;
import org.sven4j.pde.catalog.RolePoints;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;

/**
 * Size overrides for {@code sven4j solve}: other MLP hidden widths, another polynomial degree, another number
 * of collocation points. The ansatz is otherwise built as the catalog's (inputs normalised to the bounding box,
 * the suggested activation, Glorot initialisation from the seed).
 *
 * @param hidden MLP hidden widths, or null for the catalog's
 * @param degree polynomial degree (Fourier: highest frequency) on every axis, or 0 for the catalog's
 * @param pointsFactor every condition's suggested point count times this (random conditions only; grids keep
 *        their size), or 1
 */
public record AnsatzSizes(int[] hidden, int degree, double pointsFactor) {

    public AnsatzSizes {
        if (hidden != null) {
            for (int w : hidden) {
                if (w < 1) {
                    throw new IllegalArgumentException("hidden widths must be >= 1, got " + w);
                }
            }
            hidden = hidden.clone();
        }
        if (degree < 0) {
            throw new IllegalArgumentException("degree must be >= 1 (0 keeps the catalog's), got " + degree);
        }
        if (!(pointsFactor > 0) || Double.isInfinite(pointsFactor)) {
            throw new IllegalArgumentException("points factor must be finite and > 0, got " + pointsFactor);
        }
    }

    /** @return whether nothing is overridden */
    public boolean isDefault() {
        return hidden == null && degree == 0 && pointsFactor == 1;
    }

    /** @return the ansatz of {@code kind} for the entry, with these sizes */
    public Ansatz ansatz(BenchmarkProblem p, AnsatzKind kind, long seed) {
        return p.ansatz(kind, seed, hidden, degree);
    }

    /** @return the collocation for the ansatz: the catalog's, with random counts scaled by {@link #pointsFactor} */
    public Map<String, RolePoints> collocation(BenchmarkProblem p, Ansatz a, long seed) {
        if (pointsFactor == 1 || a instanceof SpectralAnsatz) {
            return p.collocation(a, seed);
        }
        return p.collocation(BenchmarkProblem.sampler(seed), pointsFactor);
    }
}
