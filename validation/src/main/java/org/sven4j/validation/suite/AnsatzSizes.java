package org.sven4j.validation.suite;

import java.util.Locale;
import java.util.Map;
import org.sven4j.pde.catalog.BenchmarkProblem;
import org.sven4j.pde.catalog.RolePoints;
import org.sven4j.pde.geometry.Geometry;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.ansatz.spectral.BasisFamily;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;

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
        Ansatz base = p.ansatz(kind.id(), seed);
        Geometry g = p.domain();
        if (kind == AnsatzKind.MLP && hidden != null) {
            Activation a = Activation.valueOf(p.setup().activation().toUpperCase(Locale.ROOT));
            return new MlpAnsatz(MlpOptions.builder(g.dimension(), p.outputNames().size()).hidden(hidden)
                    .activation(a).inputBox(g.lowerBound(), g.upperBound()).seed(seed).build());
        }
        if (kind.isSpectral() && degree > 0 && base instanceof SpectralAnsatz s) {
            double[] lo = g.lowerBound();
            double[] hi = g.upperBound();
            SpectralAnsatz.Builder b = SpectralAnsatz.builder().outputs(p.outputNames().size());
            for (int i = 0; i < lo.length; i++) {
                SpectralAxis old = s.axes().get(i);
                b.axis(old.family() == BasisFamily.FOURIER
                        ? SpectralAxis.fourier(degree, lo[i], hi[i])
                        : kind == AnsatzKind.LEGENDRE ? SpectralAxis.legendre(degree, lo[i], hi[i])
                        : SpectralAxis.chebyshev(degree, lo[i], hi[i]));
            }
            return b.build();
        }
        return base;
    }

    /** @return the collocation for the ansatz: the catalog's, with random counts scaled by {@link #pointsFactor} */
    public Map<String, RolePoints> collocation(BenchmarkProblem p, Ansatz a, long seed) {
        if (pointsFactor == 1 || a instanceof SpectralAnsatz) {
            return p.collocation(a, seed);
        }
        return p.collocation(BenchmarkProblem.sampler(seed), pointsFactor);
    }
}
