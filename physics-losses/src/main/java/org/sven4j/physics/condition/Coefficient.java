package org.sven4j.physics.condition;

import java.util.Arrays;

/**
 * A known pointwise coefficient a(x) of a linear operator term: a constant times a product of
 * {@link ScalarField}s times a product of outward-normal components n_i(x). Immutable. Evaluated
 * once per point when a point set is installed, not per iteration.
 */
public final class Coefficient {
    private static final ScalarField[] NO_FIELDS = new ScalarField[0];
    private static final int[] NO_NORMALS = new int[0];
    private static final Coefficient ONE = new Coefficient(1.0, NO_FIELDS, NO_NORMALS);

    private final double constant;
    private final ScalarField[] fields;
    private final int[] normals;

    private Coefficient(double constant, ScalarField[] fields, int[] normals) {
        this.constant = constant;
        this.fields = fields;
        this.normals = normals;
    }

    /** @return a(x) = 1 */
    public static Coefficient one() {
        return ONE;
    }

    /** @return a(x) = c (finite) */
    public static Coefficient constant(double c) {
        if (!Double.isFinite(c)) {
            throw new IllegalArgumentException("coefficient constant is not finite: " + c);
        }
        return new Coefficient(c, NO_FIELDS, NO_NORMALS);
    }

    /** @return a(x) = f(x) */
    public static Coefficient of(ScalarField f) {
        if (f == null) {
            throw new IllegalArgumentException("coefficient field is null");
        }
        return new Coefficient(1.0, new ScalarField[] {f}, NO_NORMALS);
    }

    /** @return a(x) = n_i(x), component i of the unit outward normal (the point set must carry normals) */
    public static Coefficient normal(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("normal component " + i + " is negative");
        }
        return new Coefficient(1.0, NO_FIELDS, new int[] {i});
    }

    /** @return the product a(x)·b(x) */
    public Coefficient times(Coefficient b) {
        ScalarField[] f = Arrays.copyOf(fields, fields.length + b.fields.length);
        System.arraycopy(b.fields, 0, f, fields.length, b.fields.length);
        int[] nn = Arrays.copyOf(normals, normals.length + b.normals.length);
        System.arraycopy(b.normals, 0, nn, normals.length, b.normals.length);
        return new Coefficient(constant * b.constant, f, nn);
    }

    /** @return c·a(x) */
    public Coefficient times(double c) {
        return new Coefficient(constant * c, fields, normals);
    }

    /** @return whether evaluation reads normals */
    public boolean needsNormals() {
        return normals.length > 0;
    }

    /** @return the largest normal component read, or −1 */
    public int maxNormalIndex() {
        int m = -1;
        for (int i : normals) {
            m = Math.max(m, i);
        }
        return m;
    }

    /**
     * @param points the point set (with normals if {@link #needsNormals()})
     * @param p the point
     * @param x scratch holding x_p (length d)
     * @return a(x_p)
     */
    public double at(PointSet points, int p, double[] x) {
        double v = constant;
        for (ScalarField f : fields) {
            v *= f.at(x);
        }
        for (int i : normals) {
            v *= points.normal(p, i);
        }
        return v;
    }
}
