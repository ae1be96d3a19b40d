package org.sven4j.pde.catalog;

/**
 * The suggested size of a spectral ansatz for an entry whose domain is a box (or a space–time box).
 *
 * @param degrees polynomial degree n_i along input i for the Chebyshev and Legendre kinds (n_i + 1 functions)
 * @param fourier highest Fourier frequency along input i for the Fourier kind where input i is periodic
 *        (2n_i + 1 functions), or −1 where it is not (that axis then stays Chebyshev with degree n_i)
 * @param totalDegree 0 for the full tensor product; otherwise the total-degree bound of the index set
 */
public record SpectralSetup(int[] degrees, int[] fourier, int totalDegree) {

    public SpectralSetup {
        if (degrees == null || fourier == null || degrees.length == 0 || fourier.length != degrees.length) {
            throw new IllegalArgumentException("spectral setup needs one degree and one Fourier entry per input");
        }
        for (int i = 0; i < degrees.length; i++) {
            if (degrees[i] < 1 || fourier[i] < -1 || fourier[i] == 0) {
                throw new IllegalArgumentException("spectral setup axis " + i + ": degree " + degrees[i]
                        + " must be >= 1 and Fourier frequency " + fourier[i] + " must be -1 or >= 1");
            }
        }
        if (totalDegree < 0) {
            throw new IllegalArgumentException("total degree must be >= 0, got " + totalDegree);
        }
        degrees = degrees.clone();
        fourier = fourier.clone();
    }

    /** @return a full tensor setup with these polynomial degrees and no periodic axis */
    public static SpectralSetup tensor(int... degrees) {
        int[] f = new int[degrees.length];
        java.util.Arrays.fill(f, -1);
        return new SpectralSetup(degrees, f, 0);
    }

    /** @return a copy in which input {@code axis} is periodic with Fourier frequencies up to {@code frequency} */
    public SpectralSetup withFourier(int axis, int frequency) {
        int[] f = fourier.clone();
        f[axis] = frequency;
        return new SpectralSetup(degrees, f, totalDegree);
    }

    /** @return whether some input is periodic */
    public boolean hasPeriodicAxis() {
        for (int f : fourier) {
            if (f > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int[] degrees() {
        return degrees.clone();
    }

    @Override
    public int[] fourier() {
        return fourier.clone();
    }
}
