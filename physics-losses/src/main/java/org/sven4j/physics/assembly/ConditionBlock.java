package org.sven4j.physics.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.analysis.differentiation.Gradient;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.BlockRunner;
import org.sven4j.physics.ansatz.ChannelSet;
import org.sven4j.physics.condition.Balancing;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LocalField;
import org.sven4j.physics.condition.NonlinearResidual;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.physics.condition.PointWeights;
import org.sven4j.physics.condition.Residual;
import org.sven4j.physics.condition.ScalarField;
import org.sven4j.physics.condition.Term;

/**
 * The assembly state of one condition: its current points cut into chunks, the per-point
 * coefficients, targets and row scales, and reusable ansatz output buffers. Rows of point p,
 * component i go to row {@code rowStart + p·q + i}.
 *
 * <p>Per chunk the ansatz is evaluated once (all channels of the condition, internally parallel),
 * then the chunk's rows are formed in fixed sub-blocks of {@value #SUB} points, possibly on several
 * threads; each sub-block writes only its own rows, so results do not depend on the thread count.
 */
final class ConditionBlock {
    static final int SUB = 64;

    final Condition condition;
    final String name;
    final int rowStart;
    final int q;
    private final Ansatz ansatz;
    private final ChannelSet channels;
    private final int m;
    private final int bigP;
    private final int total;
    private final List<String> coefficientNames;
    private final Balancing balancing;
    private final int chunk;
    private final boolean raw;

    private final Term[] terms;
    private final int[][] rowTerms;
    private final int[] termChannel;
    private final int[] termUnknown;
    private final NonlinearResidual nonlinear;

    private PointSet points;
    private PointSet partner;
    private int n;
    private double[][] termCoef;
    private double[] target;
    private double[] scale;
    private DMatrixRMaj[][] chunkPoints;
    private final AnsatzOutput[][] buffers = new AnsatzOutput[2][2];

    /**
     * @param raw unit scales and no weights (for residual-adaptive sampling of candidates)
     */
    ConditionBlock(Condition condition, int rowStart, Ansatz ansatz, List<String> coefficientNames,
            Balancing balancing, int chunk, PointSet points, boolean raw) {
        this.condition = condition;
        this.name = condition.name();
        this.rowStart = rowStart;
        this.q = condition.rows();
        this.ansatz = ansatz;
        this.channels = condition.channels();
        this.m = ansatz.outputDimension();
        this.bigP = ansatz.parameterCount();
        this.total = bigP + coefficientNames.size();
        this.coefficientNames = coefficientNames;
        this.balancing = balancing;
        this.chunk = chunk;
        this.raw = raw;
        Residual f = condition.residual();
        this.nonlinear = f instanceof Residual.Nonlinear nl ? nl.function() : null;
        if (f.operator() != null) {
            List<Term> list = f.operator().terms();
            terms = list.toArray(new Term[0]);
            termChannel = new int[terms.length];
            termUnknown = new int[terms.length];
            List<List<Integer>> byRow = new ArrayList<>();
            for (int i = 0; i < q; i++) {
                byRow.add(new ArrayList<>());
            }
            for (int t = 0; t < terms.length; t++) {
                termChannel[t] = channels.indexOf(terms[t].channel());
                termUnknown[t] = terms[t].unknown() == null ? -1 : coefficientNames.indexOf(terms[t].unknown());
                byRow.get(terms[t].row()).add(t);
            }
            rowTerms = new int[q][];
            for (int i = 0; i < q; i++) {
                rowTerms[i] = byRow.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
        } else {
            terms = null;
            rowTerms = null;
            termChannel = null;
            termUnknown = null;
        }
        install(points, condition.partner());
    }

    int pointCount() {
        return n;
    }

    int rowCount() {
        return n * q;
    }

    PointSet points() {
        return points;
    }

    /** Installs a point set (and partner): coefficients, targets, scales, chunk matrices. */
    void install(PointSet pts, PointSet partnerPts) {
        int d = ansatz.inputDimension();
        if (pts.dimension() != d) {
            throw new IllegalArgumentException("condition '" + name + "' has points of dimension " + pts.dimension()
                    + " but the ansatz has " + d + " inputs");
        }
        if (partnerPts != null && partnerPts.dimension() != d) {
            throw new IllegalArgumentException("condition '" + name + "' has partner points of dimension "
                    + partnerPts.dimension() + " but the ansatz has " + d + " inputs");
        }
        if (n != 0 && pts.size() != n) {
            throw new IllegalArgumentException("condition '" + name + "': resampled " + pts.size()
                    + " points but the condition has " + n);
        }
        this.points = pts;
        this.partner = partnerPts;
        this.n = pts.size();
        double[] x = new double[d];
        double[] xb = new double[d];
        if (terms != null) {
            termCoef = new double[terms.length][n];
            for (int t = 0; t < terms.length; t++) {
                PointSet src = terms[t].side() == 0 ? pts : partnerPts;
                if (terms[t].coefficient().needsNormals() && !src.hasNormals()) {
                    throw new IllegalArgumentException("condition '" + name
                            + "' uses outward normals but its points carry none");
                }
            }
        }
        target = new double[n * q];
        scale = new double[n];
        double[] obs = condition.residual() instanceof Residual.Observed o ? o.observations() : null;
        List<ScalarField> rhs = condition.residual() instanceof Residual.Linear l ? l.rightHandSides() : null;
        double beta = balancing == Balancing.MEAN ? 1.0 / n : 1.0;
        PointWeights weights = condition.pointWeighting();
        double[] pw = weights instanceof PointWeights.Explicit e ? e.values() : null;
        ScalarField pwf = weights instanceof PointWeights.Field wf ? wf.function() : null;
        for (int p = 0; p < n; p++) {
            pts.point(p, x);
            if (partnerPts != null) {
                partnerPts.point(p, xb);
            }
            if (terms != null) {
                for (int t = 0; t < terms.length; t++) {
                    try {
                        termCoef[t][p] = terms[t].side() == 0 ? terms[t].coefficient().at(pts, p, x)
                                : terms[t].coefficient().at(partnerPts, p, xb);
                    } catch (RuntimeException e) {
                        throw userFailure("coefficient of term " + t, p, terms[t].side() == 0 ? x : xb, e);
                    }
                }
            }
            for (int i = 0; i < q; i++) {
                if (obs != null) {
                    target[p * q + i] = obs[p * q + i];
                } else {
                    try {
                        target[p * q + i] = rhs == null ? 0.0 : rhs.get(i).at(x);
                    } catch (RuntimeException e) {
                        throw userFailure("right-hand side of row " + i, p, x, e);
                    }
                    if (!Double.isFinite(target[p * q + i])) {
                        throw new IllegalArgumentException("condition '" + name + "': the right-hand side of row " + i
                                + " is " + target[p * q + i] + " at point " + p + " " + Arrays.toString(x));
                    }
                }
            }
            double w;
            try {
                w = pw != null ? pw[p] : pwf != null ? pwf.at(x) : 1.0;
            } catch (RuntimeException e) {
                throw userFailure("point-weight function", p, x, e);
            }
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("condition '" + name + "': point weight at point " + p + " is " + w
                        + "; weights must be > 0");
            }
            scale[p] = raw ? 1.0 : Math.sqrt(beta * condition.weight() * w);
        }
        int chunks = (n + chunk - 1) / chunk;
        chunkPoints = new DMatrixRMaj[2][chunks];
        for (int c = 0; c < chunks; c++) {
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            chunkPoints[0][c] = pts.rows(from, to);
            if (partnerPts != null) {
                chunkPoints[1][c] = partnerPts.rows(from, to);
            }
        }
    }

    private AnsatzOutput buffer(int side, int len) {
        int slot = len == chunk ? 0 : 1;
        AnsatzOutput b = buffers[side][slot];
        if (b == null || b.pointCount() != len) {
            b = new AnsatzOutput(channels, len, m, bigP, true);
            buffers[side][slot] = b;
        }
        return b;
    }

    /**
     * Writes this block's rows of r (from {@link #rowStart}) and, if {@code jac} is not null, of J.
     *
     * @param theta the ansatz parameters (length P)
     * @param kappa the unknown coefficients
     */
    void evaluate(double[] theta, double[] kappa, double[] r, DMatrixRMaj jac, BlockRunner runner) {
        for (int c = 0; c < chunkCount(); c++) {
            evaluateChunk(c, theta, kappa, r, jac, 0, runner);
        }
    }

    /** @return the number of chunks of at most {@link #chunk} points */
    int chunkCount() {
        return chunkPoints[0].length;
    }

    /** @return the first row of chunk {@code c} in the system's row numbering */
    int chunkRowStart(int c) {
        return rowStart + c * chunk * q;
    }

    /** @return the number of rows of chunk {@code c} */
    int chunkRows(int c) {
        return chunkPoints[0][c].numRows * q;
    }

    /**
     * Writes the rows of chunk {@code c}: r at their system row numbers, and J (if not null) with system row
     * {@code i} stored at row {@code i − jacRowBase} of {@code jac}, so a chunk can go into a buffer of its own.
     */
    void evaluateChunk(int c, double[] theta, double[] kappa, double[] r, DMatrixRMaj jac, int jacRowBase,
            BlockRunner runner) {
        boolean withJ = jac != null;
        int p0 = c * chunk;
        int len = chunkPoints[0][c].numRows;
        AnsatzOutput a = buffer(0, len);
        ansatz.evaluate(theta, chunkPoints[0][c], a, withJ);
        AnsatzOutput b = null;
        if (partner != null) {
            b = buffer(1, len);
            ansatz.evaluate(theta, chunkPoints[1][c], b, withJ);
        }
        AnsatzOutput bb = b;
        int subs = (len + SUB - 1) / SUB;
        runner.run(subs, (worker, s) -> {
            int from = p0 + s * SUB;
            int to = Math.min(p0 + len, from + SUB);
            if (terms != null) {
                linearRows(from, to, p0, a, bb, kappa, r, jac, jacRowBase);
            } else {
                nonlinearRows(from, to, p0, a, kappa, r, jac, jacRowBase);
            }
        });
    }

    private void linearRows(int from, int to, int p0, AnsatzOutput a, AnsatzOutput b, double[] kappa, double[] r,
            DMatrixRMaj jac, int jacRowBase) {
        double[] jd = jac == null ? null : jac.data;
        for (int p = from; p < to; p++) {
            int lp = p - p0;
            double s = scale[p];
            for (int i = 0; i < q; i++) {
                int row = rowStart + p * q + i;
                int off = (row - jacRowBase) * total;
                double v = -target[p * q + i];
                boolean first = true;
                if (jd != null) {
                    Arrays.fill(jd, off + bigP, off + total, 0.0);
                }
                for (int t : rowTerms[i]) {
                    AnsatzOutput src = terms[t].side() == 0 ? a : b;
                    int ci = termChannel[t];
                    int k = terms[t].component();
                    double coef = termCoef[t][p];
                    int u = termUnknown[t];
                    double f = u >= 0 ? coef * kappa[u] : coef;
                    double val = src.values(ci)[lp * m + k];
                    v += f * val;
                    if (jd != null) {
                        double[] jc = src.jacobian(ci).data;
                        int so = (lp * m + k) * bigP;
                        if (first) {
                            RowKernels.scaledCopy(s * f, jc, so, jd, off, bigP);
                        } else {
                            RowKernels.axpy(s * f, jc, so, jd, off, bigP);
                        }
                        if (u >= 0) {
                            jd[off + bigP + u] += s * coef * val;
                        }
                    }
                    first = false;
                }
                if (jd != null && first) {
                    Arrays.fill(jd, off, off + bigP, 0.0);
                }
                r[row] = s * v;
            }
        }
    }

    private void nonlinearRows(int from, int to, int p0, AnsatzOutput a, double[] kappa, double[] r,
            DMatrixRMaj jac, int jacRowBase) {
        int nc = channels.size();
        int d = ansatz.inputDimension();
        LocalField lf = new LocalField(name, channels, m, d, coefficientNames);
        double[] vals = new double[nc * m];
        double[] x = new double[d];
        Gradient[] out = new Gradient[q];
        double[] jd = jac == null ? null : jac.data;
        int vars = nc * m;
        for (int p = from; p < to; p++) {
            int lp = p - p0;
            for (int c = 0; c < nc; c++) {
                System.arraycopy(a.values(c), lp * m, vals, c * m, m);
            }
            points.point(p, x);
            lf.load(x, vals, kappa, jd != null);
            Arrays.fill(out, null);
            try {
                nonlinear.evaluate(lf, out);
            } catch (RuntimeException e) {
                String msg = "condition '" + name + "': the nonlinear residual threw " + e + " at point " + p + " "
                        + Arrays.toString(x);
                throw e instanceof IllegalArgumentException ? new IllegalArgumentException(msg, e)
                        : new IllegalStateException(msg, e);
            }
            double s = scale[p];
            for (int i = 0; i < q; i++) {
                if (out[i] == null) {
                    throw new IllegalArgumentException("condition '" + name + "' left residual component " + i
                            + " of " + q + " unset");
                }
                int row = rowStart + p * q + i;
                r[row] = s * (out[i].getValue() - target[p * q + i]);
                if (jd != null) {
                    int off = (row - jacRowBase) * total;
                    double[] g = out[i].getGradient();
                    if (g.length != lf.variableCount()) {
                        throw new IllegalArgumentException("condition '" + name + "': residual component " + i
                                + " has " + g.length + " derivatives but " + lf.variableCount()
                                + " variables; build constants with LocalField.constant");
                    }
                    Arrays.fill(jd, off, off + total, 0.0);
                    for (int v = 0; v < vars; v++) {
                        if (g[v] != 0.0) {
                            double[] jc = a.jacobian(v / m).data;
                            RowKernels.axpy(s * g[v], jc, (lp * m + v % m) * bigP, jd, off, bigP);
                        }
                    }
                    for (int j = 0; j < coefficientNames.size(); j++) {
                        jd[off + bigP + j] = s * g[vars + j];
                    }
                }
            }
        }
    }

    /** A user function of this condition threw at build time: the condition, the point and the cause. */
    private IllegalArgumentException userFailure(String what, int p, double[] x, RuntimeException e) {
        return new IllegalArgumentException("condition '" + name + "': the " + what + " threw " + e + " at point "
                + p + " " + Arrays.toString(x), e);
    }

}
