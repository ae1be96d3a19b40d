package org.sven4j.pde.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The ansatz families of the catalog, with their ids on the command line and in the results files. */
public enum AnsatzKind {
    /** Multilayer perceptron (PINN). */
    MLP("mlp", false),
    /** Tensor Chebyshev polynomials. */
    CHEBYSHEV("chebyshev", true),
    /** Tensor Legendre polynomials. */
    LEGENDRE("legendre", true),
    /** Fourier modes (periodic directions). */
    FOURIER("fourier", true);

    private final String id;
    private final boolean spectral;

    AnsatzKind(String id, boolean spectral) {
        this.id = id;
        this.spectral = spectral;
    }

    /** @return the id, e.g. "chebyshev" */
    public String id() {
        return id;
    }

    /** @return true for the linear-in-θ spectral bases */
    public boolean isSpectral() {
        return spectral;
    }

    /**
     * @param id an ansatz id (case-insensitive)
     * @return the kind
     * @throws IllegalArgumentException for an unknown id
     */
    public static AnsatzKind of(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (AnsatzKind a : values()) {
            if (a.id.equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown ansatz '" + id + "'; known: " + ids());
    }

    /** @return every id, in declaration order */
    public static List<String> ids() {
        return Arrays.stream(values()).map(AnsatzKind::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
