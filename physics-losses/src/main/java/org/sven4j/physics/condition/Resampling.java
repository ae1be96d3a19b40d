package org.sven4j.physics.condition;

/**
 * When and how a condition redraws its points between solver iterations (through
 * {@code ResidualSystem.resample(iteration, theta)}); the number of points never changes.
 * <ul>
 *   <li>{@link #fixed()}: never.</li>
 *   <li>{@link #every(int, PointSource, long)}: at iterations m, 2m, …, draw n fresh points from the
 *       source with seed {@code seed + iteration}.</li>
 *   <li>{@link #adaptive(int, PointSource, long, double, double, int)}: at iterations m, 2m, …, draw
 *       M = factor·n candidates from the source, evaluate the condition's unweighted residual norm
 *       |r(x)| = ‖F(x)‖₂ at each candidate (at the latest linearisation point θ), and keep n of them
 *       without replacement with probability density ∝ |r|^a / E|r|^a + c (E = mean over the candidates),
 *       using Efraimidis–Spirakis keys u^{1/w} from the same seed. c > 0 keeps some uniform coverage.</li>
 * </ul>
 * Immutable.
 */
public final class Resampling {
    /** The kind of policy. */
    public enum Kind { FIXED, EVERY, ADAPTIVE }

    private static final Resampling FIXED = new Resampling(Kind.FIXED, 0, null, 0, 0, 0, 0);

    private final Kind kind;
    private final int period;
    private final PointSource source;
    private final long seed;
    private final double exponent;
    private final double floor;
    private final int candidateFactor;

    private Resampling(Kind kind, int period, PointSource source, long seed, double exponent, double floor,
            int candidateFactor) {
        this.kind = kind;
        this.period = period;
        this.source = source;
        this.seed = seed;
        this.exponent = exponent;
        this.floor = floor;
        this.candidateFactor = candidateFactor;
    }

    /** @return never resample (the default) */
    public static Resampling fixed() {
        return FIXED;
    }

    /**
     * @param m the period in iterations, ≥ 1
     * @param source the point generator
     * @param seed the base seed
     * @return uniform redraws every m iterations
     */
    public static Resampling every(int m, PointSource source, long seed) {
        check(m, source);
        return new Resampling(Kind.EVERY, m, source, seed, 0, 0, 0);
    }

    /**
     * @param m the period in iterations, ≥ 1
     * @param source the candidate generator
     * @param seed the base seed
     * @param a the exponent a ≥ 0 of |r|^a
     * @param c the floor c ≥ 0 (a = 0 or large c approach uniform sampling); a and c not both 0
     * @param candidateFactor M/n ≥ 1, how many candidates per kept point
     * @return residual-adaptive redraws every m iterations
     */
    public static Resampling adaptive(int m, PointSource source, long seed, double a, double c, int candidateFactor) {
        check(m, source);
        if (!(a >= 0) || !(c >= 0) || (a == 0 && c == 0) || !Double.isFinite(a) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("adaptive resampling needs a >= 0 and c >= 0, finite, not both 0; got a="
                    + a + ", c=" + c);
        }
        if (candidateFactor < 1) {
            throw new IllegalArgumentException("candidate factor must be >= 1, got " + candidateFactor);
        }
        return new Resampling(Kind.ADAPTIVE, m, source, seed, a, c, candidateFactor);
    }

    private static void check(int m, PointSource source) {
        if (m < 1) {
            throw new IllegalArgumentException("resampling period must be >= 1, got " + m);
        }
        if (source == null) {
            throw new IllegalArgumentException("resampling needs a point source");
        }
    }

    /** @return whether the points change at {@code iteration} (≥ 1) */
    public boolean due(int iteration) {
        return kind != Kind.FIXED && iteration % period == 0;
    }

    public Kind kind() {
        return kind;
    }

    public int period() {
        return period;
    }

    public PointSource source() {
        return source;
    }

    public long seed() {
        return seed;
    }

    public double exponent() {
        return exponent;
    }

    public double floor() {
        return floor;
    }

    public int candidateFactor() {
        return candidateFactor;
    }
}
