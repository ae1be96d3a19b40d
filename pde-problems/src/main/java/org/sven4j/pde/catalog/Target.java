package org.sven4j.pde.catalog;

/**
 * An accuracy target of the project (from its issue tracker) for one ansatz kind of an entry.
 *
 * @param kind the ansatz kind: "mlp", "chebyshev", "legendre" or "fourier"
 * @param relativeL2 the relative L2 error to reach on the held-out evaluation set
 * @param seconds the wall-clock budget in seconds
 * @param setting the ansatz and point setting the target refers to
 */
public record Target(String kind, double relativeL2, double seconds, String setting) {

    public Target {
        if (kind == null || setting == null || !(relativeL2 > 0) || !(seconds > 0)) {
            throw new IllegalArgumentException("target needs a kind, a setting, relative L2 > 0 and seconds > 0; got "
                    + kind + ", " + relativeL2 + ", " + seconds);
        }
    }

    @Override
    public String toString() {
        return String.format("%s ≤ %.0e in %.0f s (%s)", kind, relativeL2, seconds, setting);
    }
}
