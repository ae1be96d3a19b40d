package org.sven4j.validation.nist;

import java.util.Objects;

/**
 * One NIST StRD nonlinear regression problem as certified by NIST: observations (xᵢ, yᵢ),
 * i = 1..n, two starting points, the certified parameter values b̂ⱼ with their standard
 * deviations, and the certified residual sum of squares RSS = Σᵢ (yᵢ − f(xᵢ; b̂))². Immutable;
 * every array accessor returns a copy.
 */
public final class NistDataset {
    private final String name;
    private final double[] x;
    private final double[] y;
    private final double[] start1;
    private final double[] start2;
    private final double[] certifiedValues;
    private final double[] certifiedStdDevs;
    private final double certifiedRss;

    /**
     * @throws IllegalArgumentException if the arrays disagree in length, are empty, or hold non-finite values
     */
    public NistDataset(String name, double[] x, double[] y, double[] start1, double[] start2,
            double[] certifiedValues, double[] certifiedStdDevs, double certifiedRss) {
        this.name = Objects.requireNonNull(name, "name");
        this.x = x.clone();
        this.y = y.clone();
        this.start1 = start1.clone();
        this.start2 = start2.clone();
        this.certifiedValues = certifiedValues.clone();
        this.certifiedStdDevs = certifiedStdDevs.clone();
        this.certifiedRss = certifiedRss;
        if (this.x.length == 0 || this.x.length != this.y.length) {
            throw new IllegalArgumentException(name + ": need as many x as y observations (at least 1), got "
                    + this.x.length + " x and " + this.y.length + " y");
        }
        int p = this.certifiedValues.length;
        if (p == 0 || this.start1.length != p || this.start2.length != p || this.certifiedStdDevs.length != p) {
            throw new IllegalArgumentException(name + ": parameter arrays disagree: start1 " + this.start1.length
                    + ", start2 " + this.start2.length + ", certified " + p + ", std devs " + this.certifiedStdDevs.length);
        }
        requireFinite("x", this.x);
        requireFinite("y", this.y);
        requireFinite("start1", this.start1);
        requireFinite("start2", this.start2);
        requireFinite("certified values", this.certifiedValues);
        requireFinite("certified std devs", this.certifiedStdDevs);
        if (!(certifiedRss >= 0) || Double.isInfinite(certifiedRss)) {
            throw new IllegalArgumentException(name + ": certified RSS must be finite and >= 0, got " + certifiedRss);
        }
    }

    private void requireFinite(String what, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + ": " + what + "[" + i + "] is " + v[i]);
            }
        }
    }

    /** @return the dataset name as NIST spells it, for example {@code "Misra1a"} */
    public String name() { return name; }

    /** @return P, the number of model parameters */
    public int parameterCount() { return certifiedValues.length; }

    /** @return n, the number of observations */
    public int observationCount() { return x.length; }

    /** @return the predictor values xᵢ */
    public double[] x() { return x.clone(); }

    /** @return the responses yᵢ */
    public double[] y() { return y.clone(); }

    /**
     * @param which 1 or 2 (NIST's "Start 1" is far from the solution, "Start 2" closer)
     * @return the starting parameters
     */
    public double[] start(int which) {
        return switch (which) {
            case 1 -> start1.clone();
            case 2 -> start2.clone();
            default -> throw new IllegalArgumentException("start must be 1 or 2, got " + which);
        };
    }

    /** @return the certified parameter values b̂ (11 significant digits) */
    public double[] certifiedValues() { return certifiedValues.clone(); }

    /** @return the certified standard deviations of b̂ */
    public double[] certifiedStdDevs() { return certifiedStdDevs.clone(); }

    /** @return the certified residual sum of squares Σᵢ (yᵢ − f(xᵢ; b̂))² */
    public double certifiedRss() { return certifiedRss; }

    @Override
    public String toString() {
        return name + " (P = " + parameterCount() + ", n = " + observationCount() + ")";
    }
}
