package org.sven4j.physics.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.Threads;
import org.sven4j.lsq.JacobianOperator;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.RowBlock;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.BlockRunner;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;
import org.sven4j.physics.condition.Balancing;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.physics.condition.Residual;
import org.sven4j.physics.condition.Term;

/**
 * Conditions, an ansatz and unknown physical coefficients assembled into one {@link ResidualSystem}
 * for the solvers. Build with {@link #builder(Ansatz)}.
 *
 * <p><b>Parameters.</b> The parameter vector is [θ ; κ]: the ansatz's P parameters θ first (in the
 * ansatz's own layout), then the K unknown coefficients κ in declaration order, so
 * {@link #parameterCount()} = P + K and κ_j sits at index P + j ({@link #coefficientIndex(String)}).
 * Read fitted values back with {@link #coefficient(String, double[])}.
 *
 * <p><b>Rows.</b> One {@link RowBlock} per condition, in declaration order and named after it; inside a
 * block, row p·q + i holds component i of the residual at point p. Row scale √(β_b·w_b·w_p) with the
 * {@link Balancing} factor β_b (default {@link Balancing#MEAN}: 1/n_b), condition weight w_b and point
 * weight w_p, so the cost is ½ Σ_b β_b w_b Σ_p w_p ‖F_b(x_p)‖².
 *
 * <p><b>Evaluation.</b> Per condition and per chunk of at most {@link Builder#blockSize(int)} points: one
 * ansatz call for the union of the channels the condition reads (values only for {@link #residuals},
 * with channel Jacobians for {@link #residualsAndJacobian}); then the rows are formed as row-scaled sums of
 * channel-Jacobian rows (linear operators directly, nonlinear residuals with exact per-point
 * Gradient coefficients) in sub-blocks of 64 points on up to {@link Builder#threads(int)} threads of
 * {@link Threads#pool()}. Each sub-block writes its own rows, so results are identical for any thread
 * count. Buffers are kept between calls. Cost per Jacobian evaluation beyond the ansatz: O(T·n·P) for T
 * operator terms (or declared channel×output variables) per point.
 *
 * <p><b>Resampling.</b> {@link #resample(int, double[])} redraws the points of conditions whose
 * {@link org.sven4j.physics.condition.Resampling} is due; residual-adaptive sampling weighs candidates by the
 * residual at the θ it is given (the solver's current iterate).
 *
 * <p>Not thread-safe (one solver at a time), like the ansatz it wraps.
 */
public final class PhysicsSystem implements ResidualSystem {
    private final Ansatz ansatz;
    private final List<Condition> conditions;
    private final List<String> coefficientNames;
    private final double[] initialCoefficients;
    private final Balancing balancing;
    private final int blockSize;
    private final int threads;
    private final BlockRunner runner;
    private final ConditionBlock[] blocks;
    private final List<RowBlock> rowBlocks;
    private final int bigP;
    private final int rows;
    private final double[] thetaBuffer;
    private final double[] kappaBuffer;
    private final boolean streamed;

    private PhysicsSystem(Builder b) {
        this.ansatz = b.ansatz;
        this.conditions = List.copyOf(b.conditions);
        this.coefficientNames = List.copyOf(b.coefficients.keySet());
        this.initialCoefficients = b.coefficients.values().stream().mapToDouble(Double::doubleValue).toArray();
        this.balancing = b.balancing;
        this.blockSize = b.blockSize;
        this.threads = b.threads;
        this.runner = new BlockRunner(b.threads);
        this.bigP = ansatz.parameterCount();
        int total = bigP + coefficientNames.size();
        long allRows = 0;
        for (Condition c : conditions) {
            allRows += (long) c.points().size() * c.rows();
        }
        this.streamed = b.storage == JacobianStorage.STREAMED
                || b.storage == JacobianStorage.AUTO && 8.0 * allRows * total > JacobianStorage.AUTO_HEAP_SHARE * Runtime.getRuntime().maxMemory();
        this.blocks = new ConditionBlock[conditions.size()];
        List<RowBlock> rb = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < blocks.length; i++) {
            Condition c = conditions.get(i);
            int chunk = streamed ? streamedChunk(c, total) : blockSize;
            blocks[i] = new ConditionBlock(c, start, ansatz, coefficientNames, balancing, chunk, c.points(), false);
            rb.add(new RowBlock(c.name(), start, blocks[i].rowCount()));
            start += blocks[i].rowCount();
        }
        this.rowBlocks = Collections.unmodifiableList(rb);
        this.rows = start;
        this.thetaBuffer = new double[bigP];
        this.kappaBuffer = new double[coefficientNames.size()];
    }

    /** Bytes a streamed chunk may use for its Jacobian rows and the ansatz's channel Jacobians. */
    static final long STREAM_CHUNK_BYTES = 32L << 20;

    /**
     * Points per chunk in {@link JacobianStorage#STREAMED} mode: the chunk's rows (q per point) and the ansatz's channel
     * Jacobians (C·m per point, twice with a partner set) take at most {@link #STREAM_CHUNK_BYTES}, within
     * [{@value ConditionBlock#SUB}, block size].
     */
    private int streamedChunk(Condition c, int total) {
        long perPoint = 8L * total * ((long) c.channels().size() * ansatz.outputDimension()
                * (c.partner() != null ? 2 : 1) + c.rows());
        long fit = STREAM_CHUNK_BYTES / Math.max(1, perPoint);
        return (int) Math.max(ConditionBlock.SUB, Math.min(blockSize, fit));
    }

    /** @return a builder for conditions on {@code ansatz} */
    public static Builder builder(Ansatz ansatz) {
        return new Builder(ansatz);
    }

    @Override
    public int parameterCount() {
        return bigP + coefficientNames.size();
    }

    @Override
    public int residualCount() {
        return rows;
    }

    @Override
    public void residuals(double[] theta, double[] residuals) {
        split(theta);
        check(residuals);
        for (ConditionBlock b : blocks) {
            b.evaluate(thetaBuffer, kappaBuffer, residuals, null, runner);
        }
    }

    @Override
    public void residualsAndJacobian(double[] theta, double[] residuals, DMatrixRMaj jacobian) {
        split(theta);
        check(residuals);
        if (jacobian == null || jacobian.numRows != rows || jacobian.numCols != parameterCount()) {
            throw new IllegalArgumentException("Jacobian must be " + rows + "×" + parameterCount() + ", got "
                    + (jacobian == null ? "null" : jacobian.numRows + "×" + jacobian.numCols));
        }
        for (ConditionBlock b : blocks) {
            b.evaluate(thetaBuffer, kappaBuffer, residuals, jacobian, runner);
        }
    }

    /**
     * With {@link JacobianStorage#STREAMED} storage: r(θ) and a matrix-free J (see {@link StreamedJacobian}); otherwise
     * the dense J, as the interface's default.
     */
    @Override
    public JacobianOperator linearize(double[] theta, double[] residuals) {
        if (!streamed) {
            return ResidualSystem.super.linearize(theta, residuals);
        }
        residuals(theta, residuals);
        return new StreamedJacobian(blocks, thetaBuffer, kappaBuffer, rows, parameterCount(), runner,
                LinearAlgebra.get());
    }

    /** @return true when the Jacobian is {@link JacobianStorage#STREAMED} (chosen at build time) */
    @Override
    public boolean isMatrixFree() {
        return streamed;
    }

    private void split(double[] theta) {
        if (theta == null || theta.length != parameterCount()) {
            throw new IllegalArgumentException("parameter vector has length " + (theta == null ? "null" : theta.length)
                    + " but the system has " + bigP + " ansatz parameters + " + coefficientNames.size()
                    + " coefficients");
        }
        System.arraycopy(theta, 0, thetaBuffer, 0, bigP);
        System.arraycopy(theta, bigP, kappaBuffer, 0, kappaBuffer.length);
    }

    private void check(double[] r) {
        if (r == null || r.length != rows) {
            throw new IllegalArgumentException("residual buffer must have length " + rows + ", got "
                    + (r == null ? "null" : r.length));
        }
    }

    @Override
    public boolean resample(int iteration, double[] theta) {
        if (theta == null || theta.length != parameterCount()) {
            throw new IllegalArgumentException("resample needs theta of length " + parameterCount() + ", got "
                    + (theta == null ? "null" : theta.length));
        }
        boolean changed = false;
        for (ConditionBlock b : blocks) {
            if (b.condition.resampling().due(iteration)) {
                PointSet pts = Resampler.draw(b, iteration, ansatz, coefficientNames, theta, blockSize);
                b.install(pts, null);
                changed = true;
            }
        }
        return changed;
    }

    @Override
    public List<RowBlock> rowBlocks() {
        return rowBlocks;
    }

    /** @return the ansatz */
    public Ansatz ansatz() {
        return ansatz;
    }

    /** @return the conditions in row order */
    public List<Condition> conditions() {
        return conditions;
    }

    /** @return the current points of condition {@code name} (changes after resampling) */
    public PointSet points(String name) {
        return blocks[conditionIndex(name)].points();
    }

    private int conditionIndex(String name) {
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i].name.equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no condition named '" + name + "'");
    }

    /** @return the unknown coefficients' names in parameter order */
    public List<String> coefficientNames() {
        return coefficientNames;
    }

    /** @return the index of κ_name in the parameter vector, P + j */
    public int coefficientIndex(String name) {
        int j = coefficientNames.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no unknown coefficient named '" + name + "' (declared: "
                    + coefficientNames + ")");
        }
        return bigP + j;
    }

    /** @return κ_name read from a full parameter vector [θ ; κ] */
    public double coefficient(String name, double[] parameters) {
        return parameters[coefficientIndex(name)];
    }

    /** @return θ, the first P entries of a full parameter vector (a copy) */
    public double[] ansatzParameters(double[] parameters) {
        double[] t = new double[bigP];
        System.arraycopy(parameters, 0, t, 0, bigP);
        return t;
    }

    /** @return [θ₀ ; κ₀] with the declared initial guesses κ₀ */
    public double[] initialParameters(double[] theta0) {
        if (theta0 == null || theta0.length != bigP) {
            throw new IllegalArgumentException("initial ansatz parameters need length " + bigP + ", got "
                    + (theta0 == null ? "null" : theta0.length));
        }
        double[] all = new double[parameterCount()];
        System.arraycopy(theta0, 0, all, 0, bigP);
        System.arraycopy(initialCoefficients, 0, all, bigP, initialCoefficients.length);
        return all;
    }

    /**
     * Evaluates the field at arbitrary points (for errors and plots).
     *
     * @param parameters a full parameter vector [θ ; κ]
     * @param points n×d
     * @return u_k(x_p) at index p·m + k
     */
    public double[] field(double[] parameters, DMatrixRMaj points) {
        AnsatzOutput out = AnsatzOutput.forAnsatz(ansatz, ChannelSet.valueOnly(), points.numRows, false);
        ansatz.evaluate(ansatzParameters(parameters), points, out, false);
        return out.values(0).clone();
    }

    /**
     * Evaluates the field at the points of a {@link PointSet} (normals, if any, are not used).
     *
     * @return u_k(x_p) at index p·m + k
     */
    public double[] field(double[] parameters, PointSet points) {
        return field(parameters, points.toMatrix());
    }

    /** @return ½‖r_b‖² per condition for a residual vector of this system, in row order */
    public Map<String, Double> conditionCosts(double[] residuals) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (RowBlock b : rowBlocks) {
            m.put(b.name(), b.cost(residuals));
        }
        return m;
    }

    /** Fluent builder; {@link #build()} checks every condition against the ansatz. */
    public static final class Builder {
        private final Ansatz ansatz;
        private final List<Condition> conditions = new ArrayList<>();
        private final Map<String, Double> coefficients = new LinkedHashMap<>();
        private Balancing balancing = Balancing.MEAN;
        private int blockSize = 512;
        private int threads = Threads.count();
        private JacobianStorage storage = JacobianStorage.AUTO;

        private Builder(Ansatz ansatz) {
            if (ansatz == null) {
                throw new IllegalArgumentException("ansatz is null");
            }
            this.ansatz = ansatz;
        }

        /** Adds a condition (one row block, in call order). */
        public Builder condition(Condition c) {
            if (c == null) {
                throw new IllegalArgumentException("condition is null");
            }
            conditions.add(c);
            return this;
        }

        /** Adds conditions in order (for example a catalog entry's list). */
        public Builder conditions(List<Condition> cs) {
            cs.forEach(this::condition);
            return this;
        }

        /**
         * Declares an unknown physical coefficient κ (an extra solver parameter after θ).
         *
         * @param name its name, used by {@code LinearOperator.times(name)} and {@code LocalField.coefficient(name)}
         * @param initialGuess κ₀ (finite)
         */
        public Builder coefficient(String name, double initialGuess) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("unknown coefficient needs a name");
            }
            if (!Double.isFinite(initialGuess)) {
                throw new IllegalArgumentException("unknown coefficient '" + name + "' has initial guess " + initialGuess);
            }
            if (coefficients.put(name, initialGuess) != null) {
                throw new IllegalArgumentException("unknown coefficient '" + name + "' is declared twice");
            }
            return this;
        }

        /** Sets the automatic balancing rule (default {@link Balancing#MEAN}). */
        public Builder balancing(Balancing b) {
            if (b == null) {
                throw new IllegalArgumentException("balancing is null");
            }
            this.balancing = b;
            return this;
        }

        /** Points per ansatz call (default 512); memory C·blockSize·m·P doubles per condition. */
        public Builder blockSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("block size must be >= 1, got " + n);
            }
            this.blockSize = n;
            return this;
        }

        /** How J reaches the solver (default {@link JacobianStorage#AUTO}: streamed only when a dense J would not fit). */
        public Builder jacobianStorage(JacobianStorage s) {
            if (s == null) {
                throw new IllegalArgumentException("Jacobian storage is null");
            }
            this.storage = s;
            return this;
        }

        /** Threads for row formation (default {@link Threads#count()}); 1 runs on the caller. */
        public Builder threads(int t) {
            if (t < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + t);
            }
            this.threads = t;
            return this;
        }

        /**
         * @return the system
         * @throws IllegalArgumentException naming the condition: no conditions, duplicate names, point
         *         dimension ≠ ansatz inputs, a channel the ansatz does not supply, an output component or
         *         normal component out of range, an undeclared unknown coefficient, or a nonlinear residual
         *         that reads undeclared channels or leaves components unset (found by one probe evaluation)
         */
        public PhysicsSystem build() {
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("a physics system needs at least one condition");
            }
            Set<String> names = new HashSet<>();
            for (Condition c : conditions) {
                if (!names.add(c.name())) {
                    throw new IllegalArgumentException("two conditions are named '" + c.name() + "'");
                }
                checkCondition(c);
            }
            PhysicsSystem s = new PhysicsSystem(this);
            s.probe();
            return s;
        }

        private void checkCondition(Condition c) {
            String who = "condition '" + c.name() + "'";
            int d = ansatz.inputDimension();
            int m = ansatz.outputDimension();
            if (c.points().dimension() != d) {
                throw new IllegalArgumentException(who + " has points of dimension " + c.points().dimension()
                        + " but the ansatz " + ansatz.getClass().getSimpleName() + " has " + d + " inputs");
            }
            for (Channel ch : c.channels().asList()) {
                if (ch.maxIndex() >= d) {
                    throw new IllegalArgumentException(who + " needs channel " + ch + ", which differentiates by input "
                            + ch.maxIndex() + ", but the ansatz has only " + d + " inputs");
                }
                if (ch.order() > ansatz.maxDerivativeOrder()) {
                    throw new IllegalArgumentException(who + " needs channel " + ch + " of derivative order "
                            + ch.order() + " but the ansatz " + ansatz.getClass().getSimpleName()
                            + " provides derivatives up to order " + ansatz.maxDerivativeOrder());
                }
            }
            if (c.residual().operator() != null) {
                for (Term t : c.residual().operator().terms()) {
                    if (t.component() >= m) {
                        throw new IllegalArgumentException(who + " acts on output component " + t.component()
                                + " but the ansatz has " + m + " outputs");
                    }
                    if (t.coefficient().maxNormalIndex() >= d) {
                        throw new IllegalArgumentException(who + " reads normal component "
                                + t.coefficient().maxNormalIndex() + " in dimension " + d);
                    }
                    if (t.unknown() != null && !coefficients.containsKey(t.unknown())) {
                        throw new IllegalArgumentException(who + " uses unknown coefficient '" + t.unknown()
                                + "' which is not declared (declare it with coefficient(name, guess))");
                    }
                }
            }
        }
    }

    /** One values-and-Jacobian evaluation of each nonlinear condition's first point, to fail early. */
    private void probe() {
        for (ConditionBlock b : blocks) {
            if (!(b.condition.residual() instanceof Residual.Nonlinear)) {
                continue;
            }
            PointSet one = b.points().size() == 1 ? b.points()
                    : PointSet.of(b.points().rows(0, 1));
            ConditionBlock p = new ConditionBlock(b.condition, 0, ansatz, coefficientNames, balancing, 1, one, true);
            double[] r = new double[p.rowCount()];
            DMatrixRMaj j = new DMatrixRMaj(p.rowCount(), parameterCount());
            double[] th = new double[bigP];
            p.evaluate(th, initialCoefficients, r, j, BlockRunner.serial());
        }
    }
}
