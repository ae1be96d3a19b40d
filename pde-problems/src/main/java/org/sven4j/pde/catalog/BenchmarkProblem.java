package org.sven4j.pde.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.pde.geometry.Geometry;
import org.sven4j.pde.sampling.TensorGrid;
import org.sven4j.pde.sampling.UnitCubeSampler;

/**
 * One entry of the benchmark catalog: the PDE and its domain, the conditions as data
 * ({@link ConditionSpec}: role, equation, target function, point source, suggested count), the exact or
 * reference solution, coefficient values, suggested ansatz/solver settings, the published anchor and a
 * held-out evaluation grid. Immutable except for the evaluation set, computed once on first use.
 *
 * <p>Input order is {@link #inputNames()}; evolution problems put time first, (t, x).
 */
public final class BenchmarkProblem {
    private final String id;
    private final String description;
    private final String pde;
    private final Geometry domain;
    private final List<String> inputNames;
    private final List<String> outputNames;
    private final Map<String, Double> coefficients;
    private final ReferenceSolution solution;
    private final List<ConditionSpec> conditions;
    private final SuggestedSetup setup;
    private final Anchor anchor;
    private final int[] evaluationCounts;
    private volatile EvaluationSet evaluation;

    private BenchmarkProblem(Builder b) {
        this.id = b.id;
        this.description = b.description;
        this.pde = b.pde;
        this.domain = b.domain;
        this.inputNames = List.copyOf(b.inputNames);
        this.outputNames = List.copyOf(b.outputNames);
        this.coefficients = Map.copyOf(b.coefficients);
        this.solution = b.solution;
        this.conditions = List.copyOf(b.conditions);
        this.setup = b.setup;
        this.anchor = b.anchor;
        this.evaluationCounts = b.evaluationCounts.clone();
    }

    /** @return a builder for the catalog id {@code id} */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the catalog id, e.g. "poisson2d" */
    public String id() {
        return id;
    }

    /** @return a one-line description */
    public String description() {
        return description;
    }

    /** @return the PDE in symbols */
    public String pde() {
        return pde;
    }

    /** @return the domain (a {@code SpaceTime} for evolution problems) */
    public Geometry domain() {
        return domain;
    }

    /** @return the input names in order, e.g. [t, x] */
    public List<String> inputNames() {
        return inputNames;
    }

    /** @return the output field names, e.g. [u] or [u, v, p] */
    public List<String> outputNames() {
        return outputNames;
    }

    /** @return the coefficient values by name (e.g. nu, k, Re, lambda) */
    public Map<String, Double> coefficients() {
        return coefficients;
    }

    /**
     * @param name a coefficient name
     * @return its value
     */
    public double coefficient(String name) {
        Double v = coefficients.get(name);
        if (v == null) {
            throw new IllegalArgumentException("problem " + id + " has no coefficient '" + name + "'; known: "
                    + coefficients.keySet());
        }
        return v;
    }

    /** @return the exact or reference solution */
    public ReferenceSolution solution() {
        return solution;
    }

    /** @return the conditions, PDE first */
    public List<ConditionSpec> conditions() {
        return conditions;
    }

    /**
     * @param name a condition name
     * @return that condition
     */
    public ConditionSpec condition(String name) {
        for (ConditionSpec c : conditions) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("problem " + id + " has no condition '" + name + "'");
    }

    /** @return suggested ansatz and solver settings */
    public SuggestedSetup setup() {
        return setup;
    }

    /** @return the published anchor */
    public Anchor anchor() {
        return anchor;
    }

    /**
     * Draws every condition's points with its suggested count.
     *
     * @param sampler the unit-cube sampler (seeded or low-discrepancy)
     * @return condition name → points, in condition order
     */
    public Map<String, RolePoints> collocation(UnitCubeSampler sampler) {
        Map<String, RolePoints> m = new LinkedHashMap<>();
        for (ConditionSpec c : conditions) {
            m.put(c.name(), c.source().sample(sampler, c.points()));
        }
        return m;
    }

    /** @return the node counts per input of the evaluation grid */
    public int[] evaluationCounts() {
        return evaluationCounts.clone();
    }

    /**
     * The held-out evaluation set: the equispaced tensor grid with {@link #evaluationCounts()} nodes on the
     * domain's bounding box, restricted to the domain, with reference values. Computed on first call
     * (seconds for the numerical references), then kept.
     */
    public EvaluationSet evaluationSet() {
        EvaluationSet e = evaluation;
        if (e == null) {
            synchronized (this) {
                e = evaluation;
                if (e == null) {
                    DMatrixRMaj pts = TensorGrid.uniform(domain, evaluationCounts);
                    e = new EvaluationSet(pts, solution.values(pts), outputNames);
                    evaluation = e;
                }
            }
        }
        return e;
    }

    @Override
    public String toString() {
        return id + ": " + description;
    }

    /** Builder; every field is required except the coefficients. */
    public static final class Builder {
        private final String id;
        private String description;
        private String pde;
        private Geometry domain;
        private List<String> inputNames;
        private List<String> outputNames;
        private final Map<String, Double> coefficients = new LinkedHashMap<>();
        private ReferenceSolution solution;
        private final List<ConditionSpec> conditions = new ArrayList<>();
        private SuggestedSetup setup;
        private Anchor anchor;
        private int[] evaluationCounts;

        private Builder(String id) {
            if (id == null || !id.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("problem id must be lower-case letters, digits and '-', got " + id);
            }
            this.id = id;
        }

        public Builder description(String s) {
            this.description = s;
            return this;
        }

        public Builder pde(String s) {
            this.pde = s;
            return this;
        }

        public Builder domain(Geometry g) {
            this.domain = g;
            return this;
        }

        public Builder inputs(String... names) {
            this.inputNames = List.of(names);
            return this;
        }

        public Builder outputs(String... names) {
            this.outputNames = List.of(names);
            return this;
        }

        public Builder coefficient(String name, double value) {
            coefficients.put(name, value);
            return this;
        }

        public Builder solution(ReferenceSolution s) {
            this.solution = s;
            return this;
        }

        public Builder condition(ConditionSpec c) {
            for (ConditionSpec o : conditions) {
                if (o.name().equals(c.name())) {
                    throw new IllegalArgumentException("duplicate condition name '" + c.name() + "' in " + id);
                }
            }
            conditions.add(c);
            return this;
        }

        public Builder setup(SuggestedSetup s) {
            this.setup = s;
            return this;
        }

        public Builder anchor(Anchor a) {
            this.anchor = a;
            return this;
        }

        public Builder evaluationGrid(int... counts) {
            this.evaluationCounts = counts.clone();
            return this;
        }

        /** @throws IllegalArgumentException naming the first missing or inconsistent field */
        public BenchmarkProblem build() {
            require(description, "description");
            require(pde, "pde");
            require(domain, "domain");
            require(inputNames, "inputs");
            require(outputNames, "outputs");
            require(solution, "solution");
            require(setup, "setup");
            require(anchor, "anchor");
            require(evaluationCounts, "evaluationGrid");
            int d = domain.dimension();
            if (inputNames.size() != d || solution.inputDimension() != d || evaluationCounts.length != d) {
                throw new IllegalArgumentException("problem " + id + ": domain dimension " + d + ", inputs "
                        + inputNames.size() + ", solution inputs " + solution.inputDimension() + ", evaluation axes "
                        + evaluationCounts.length + " must agree");
            }
            if (outputNames.size() != solution.outputCount()) {
                throw new IllegalArgumentException("problem " + id + ": " + outputNames.size() + " output names but the"
                        + " solution has " + solution.outputCount() + " outputs");
            }
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("problem " + id + " has no conditions");
            }
            return new BenchmarkProblem(this);
        }

        private void require(Object o, String what) {
            if (o == null) {
                throw new IllegalArgumentException("problem " + id + " is missing its " + what);
            }
        }
    }
}
