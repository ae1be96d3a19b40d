package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import static org.sven4j.pde.catalog.AnsatzKind.CHEBYSHEV;
import static org.sven4j.pde.catalog.AnsatzKind.MLP;
import static org.sven4j.validation.suite.SolverId.ADAM;
import static org.sven4j.validation.suite.SolverId.ADAM_LBFGS;
import static org.sven4j.validation.suite.SolverId.HIPPARCHUS_LM;
import static org.sven4j.validation.suite.SolverId.LBFGS;
import static org.sven4j.validation.suite.SolverId.SVEN;
import static org.sven4j.validation.suite.SolverId.SVEN_LM;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The predefined suites. Budgets are per run; a run ends earlier when its solver converges.
 *
 * <ul>
 *   <li><b>quick</b> (default, &lt; 2 min on 2 cores with JVM start): poisson2d with an MLP (sven, sven-lm, adam,
 *       lbfgs; 20 s each, so that Sven's line search ends on its step tolerance on every OpenBLAS kernel: 3.3–13.4 s for
 *       seed 0, see {@code sven4j robustness}) and the spectral solves of poisson2d, helmholtz2d and heat1d (Chebyshev; 2 s each).</li>
 *   <li><b>standard</b> (&lt; 30 min): the target rows. Sven on every row (5 seeds on poisson2d and
 *       heat1d); all six solvers on poisson2d (MLP) and the Chebyshev rows, Adam and L-BFGS on heat1d and burgers
 *       (Chebyshev). To fit 30 minutes, the 600 s rows (kovasznay, burgers, allen-cahn) get 150 s and poisson5d and
 *       convection 150 s instead of 300 s; the worst case (every run using its whole budget) is
 *       {@link #worstCase()}.</li>
 *   <li><b>full</b>: every target row with the budgets, every solver, 5 seeds of every solver on
 *       poisson2d and heat1d (several hours).</li>
 * </ul>
 */
public enum Suite {
    QUICK("quick"),
    STANDARD("standard"),
    FULL("full");

    private final String id;

    Suite(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * @param id "quick", "standard" or "full" (case-insensitive)
     * @return the suite
     */
    public static Suite of(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Suite s : values()) {
            if (s.id.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown suite '" + id + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(Suite::id).toList()));
    }

    /** @return the rows of this suite */
    public List<SuiteEntry> entries() {
        return switch (this) {
            case QUICK -> List.of(
                    row("poisson2d", MLP, 20, one(SVEN, SVEN_LM, ADAM, LBFGS)),
                    row("poisson2d", CHEBYSHEV, 2, one(SVEN, SVEN_LM, ADAM, LBFGS)),
                    row("helmholtz2d", CHEBYSHEV, 2, one(SVEN, ADAM, LBFGS)),
                    row("heat1d", CHEBYSHEV, 2, one(SVEN, ADAM, LBFGS)));
            case STANDARD -> List.of(
                    row("poisson2d", MLP, 30, concat(seeds(SVEN, 5), one(SVEN_LM, ADAM, LBFGS, ADAM_LBFGS,
                            HIPPARCHUS_LM))),
                    row("heat1d", MLP, 60, concat(seeds(SVEN, 5), one(ADAM, LBFGS))),
                    row("poisson5d", MLP, 150, one(SVEN)),
                    row("kovasznay", MLP, 150, one(SVEN)),
                    row("burgers", MLP, 150, one(SVEN)),
                    row("allen-cahn", MLP, 150, one(SVEN)),
                    row("convection", MLP, 150, one(SVEN)),
                    row("poisson2d", CHEBYSHEV, 1, one(SVEN, SVEN_LM, ADAM, LBFGS, ADAM_LBFGS, HIPPARCHUS_LM)),
                    row("helmholtz2d", CHEBYSHEV, 1, one(SVEN, SVEN_LM, ADAM, LBFGS, ADAM_LBFGS, HIPPARCHUS_LM)),
                    row("burgers", CHEBYSHEV, 60, one(SVEN, LBFGS)));
            case FULL -> {
                List<SuiteEntry.Seeded> all = one(SolverId.values());
                List<SuiteEntry.Seeded> all5 = Arrays.stream(SolverId.values()).map(s -> new SuiteEntry.Seeded(s, 5))
                        .toList();
                yield List.of(
                        row("poisson2d", MLP, 30, all5),
                        row("heat1d", MLP, 60, all5),
                        row("poisson5d", MLP, 300, all),
                        row("kovasznay", MLP, 600, all),
                        row("burgers", MLP, 600, all),
                        row("allen-cahn", MLP, 600, all),
                        row("convection", MLP, 300, all),
                        row("poisson2d", CHEBYSHEV, 1, all),
                        row("helmholtz2d", CHEBYSHEV, 1, all),
                        row("burgers", CHEBYSHEV, 60, all));
            }
        };
    }

    /** @return every run of this suite with seeds from {@code baseSeed}, row by row */
    public List<RunSpec> specs(long baseSeed) {
        List<RunSpec> out = new ArrayList<>();
        for (SuiteEntry e : entries()) {
            out.addAll(e.specs(baseSeed));
        }
        return out;
    }

    /** @return the wall-clock time if every run used its whole budget */
    public Duration worstCase() {
        return entries().stream().map(SuiteEntry::worstCase).reduce(Duration.ZERO, Duration::plus);
    }

    private static SuiteEntry row(String problem, AnsatzKind ansatz, int seconds, List<SuiteEntry.Seeded> solvers) {
        return new SuiteEntry(problem, ansatz, solvers, Duration.ofSeconds(seconds));
    }

    private static List<SuiteEntry.Seeded> one(SolverId... ids) {
        return Arrays.stream(ids).map(s -> new SuiteEntry.Seeded(s, 1)).toList();
    }

    private static List<SuiteEntry.Seeded> seeds(SolverId id, int n) {
        return List.of(new SuiteEntry.Seeded(id, n));
    }

    private static List<SuiteEntry.Seeded> concat(List<SuiteEntry.Seeded> a, List<SuiteEntry.Seeded> b) {
        List<SuiteEntry.Seeded> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public String toString() {
        return id;
    }
}
