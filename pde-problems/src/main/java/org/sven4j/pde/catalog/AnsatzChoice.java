package org.sven4j.pde.catalog;

import java.util.List;
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
    /** The ansatz kinds, in the order the CLI lists them. */
    static final List<String> KINDS = List.of("mlp", "chebyshev", "legendre", "fourier");

    private AnsatzChoice() {
    }

    static Ansatz of(BenchmarkProblem p, String kind, long seed) {
        if (kind == null || !KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("problem " + p.id() + ": unknown ansatz kind '" + kind + "'; known: "
                    + String.join(", ", KINDS));
        }
        String k = kind.toLowerCase(Locale.ROOT);
        return k.equals("mlp") ? mlp(p, seed) : spectral(p, k);
    }

    private static Ansatz mlp(BenchmarkProblem p, long seed) {
        Geometry g = p.domain();
        SuggestedSetup s = p.setup();
        Activation a;
        try {
            a = Activation.valueOf(s.activation().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("problem " + p.id() + ": suggested activation '" + s.activation()
                    + "' is not an MLP activation", e);
        }
        return new MlpAnsatz(MlpOptions.builder(g.dimension(), p.outputNames().size()).hidden(s.hiddenWidths())
                .activation(a).inputBox(g.lowerBound(), g.upperBound()).seed(seed).build());
    }

    private static Ansatz spectral(BenchmarkProblem p, String kind) {
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
        int[] deg = s.degrees();
        int[] four = s.fourier();
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
        if (s.totalDegree() > 0) {
            b.totalDegree(s.totalDegree());
        }
        return b.build();
    }
}
