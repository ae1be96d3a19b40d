package org.sven4j.pde.catalog;

import java.util.Locale;
import org.sven4j.pde.geometry.Box;
import org.sven4j.pde.geometry.Geometry;
import org.sven4j.pde.geometry.SpaceTime;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;

/**
 * The suggested ansatz of each kind for an entry ({@link BenchmarkProblem#ansatz(String, long)}).
 * <ul>
 * <li>"mlp": d → hidden widths of the {@link SuggestedSetup} → m, its activation, inputs normalised from the
 * domain's bounding box to [−1, 1]ᵈ, Glorot initialisation from the seed.</li>
 * <li>"chebyshev", "legendre": the full tensor (or total-degree) product with the degrees of the entry's
 * {@link SpectralSetup} on the bounding box; only for box and space–time-box domains.</li>
 * <li>"fourier": Fourier along the periodic inputs, Chebyshev along the others; only for entries with a
 * periodic direction.</li>
 * </ul>
 */
final class AnsatzChoice {

    private AnsatzChoice() {
    }

    static Ansatz of(BenchmarkProblem p, String kind, long seed) {
        AnsatzKind k;
        try {
            k = AnsatzKind.of(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("problem " + p.id() + ": " + e.getMessage(), e);
        }
        return of(p, k, seed, null, 0);
    }

    /**
     * @param hidden MLP hidden widths instead of the setup's, or null
     * @param degree degree (Fourier: highest frequency) on every axis instead of the setup's (full tensor), or 0
     */
    static Ansatz of(BenchmarkProblem p, AnsatzKind kind, long seed, int[] hidden, int degree) {
        if (kind == null) {
            throw new IllegalArgumentException("problem " + p.id() + ": ansatz kind is null");
        }
        if (degree < 0) {
            throw new IllegalArgumentException("degree must be >= 1 (0 keeps the catalog's), got " + degree);
        }
        return kind == AnsatzKind.MLP ? mlp(p, seed, hidden) : spectral(p, kind.id(), degree);
    }

    private static Ansatz mlp(BenchmarkProblem p, long seed, int[] hidden) {
        Geometry g = p.domain();
        SuggestedSetup s = p.setup();
        Activation a;
        try {
            a = Activation.valueOf(s.activation().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("problem " + p.id() + ": suggested activation '" + s.activation()
                    + "' is not an MLP activation", e);
        }
        return new MlpAnsatz(MlpOptions.builder(g.dimension(), p.outputNames().size())
                .hidden(hidden != null ? hidden : s.hiddenWidths())
                .activation(a).inputBox(g.lowerBound(), g.upperBound()).seed(seed).build());
    }

    private static Ansatz spectral(BenchmarkProblem p, String kind, int degree) {
        Geometry g = p.domain();
        boolean box = g instanceof Box || (g instanceof SpaceTime && ((SpaceTime) g).space() instanceof Box);
        SpectralSetup s = p.spectralSetup();
        if (!box || s == null) {
            throw new IllegalArgumentException("problem " + p.id() + ": ansatz kind '" + kind + "' needs a box domain"
                    + " with a spectral setup, but the domain is " + g.describe());
        }
        if (kind.equals("fourier") && !s.hasPeriodicAxis()) {
            throw new IllegalArgumentException("problem " + p.id() + ": ansatz kind 'fourier' needs a periodic"
                    + " direction, and this entry has none");
        }
        double[] lo = g.lowerBound();
        double[] hi = g.upperBound();
        int[] deg = s.degrees().clone();
        int[] four = s.fourier().clone();
        if (degree > 0) {
            for (int i = 0; i < deg.length; i++) {
                deg[i] = degree;
                four[i] = four[i] > 0 ? degree : 0;
            }
        }
        SpectralAnsatz.Builder b = SpectralAnsatz.builder().outputs(p.outputNames().size());
        for (int i = 0; i < deg.length; i++) {
            SpectralAxis axis;
            if (kind.equals("fourier") && four[i] > 0) {
                axis = SpectralAxis.fourier(four[i], lo[i], hi[i]);
            } else if (kind.equals("legendre")) {
                axis = SpectralAxis.legendre(deg[i], lo[i], hi[i]);
            } else {
                axis = SpectralAxis.chebyshev(deg[i], lo[i], hi[i]);
            }
            b.axis(axis);
        }
        if (s.totalDegree() > 0 && degree == 0) {
            b.totalDegree(s.totalDegree());
        }
        return b.build();
    }
}
