package org.sven4j.testproblems;

import java.util.List;

/**
 * The Moré–Garbow–Hillstrom (1981) least-squares test set used by the solver tests. Minimum values
 * F* = Σfᵢ² are the paper's, given here to about 12 digits (obtained by solving each problem to
 * convergence; the paper's 6-digit values are quoted in the comments).
 */
public final class MghProblems {
    private static final double NONE = Double.NaN;

    private MghProblems() {
    }

    /** @return all problems, in the paper's order */
    public static List<MghProblem> all() {
        return List.of(
                new MghProblem("rosenbrock", MghFunction.ROSENBROCK, new double[] {-1.2, 1}, 0, NONE,
                        new double[] {1, 1}, true, ""),
                // paper: F = 0 at (5, 4); F = 48.9842... at (11.41..., -0.8968...)
                new MghProblem("freudenstein-roth", MghFunction.FREUDENSTEIN_ROTH, new double[] {0.5, -2}, 0,
                        48.98425367924003, new double[] {5, 4}, true,
                        "local minimum F = 48.9842536792 at (11.4127789444, -0.896805256831), often reached from x0"),
                new MghProblem("powell-badly-scaled", MghFunction.POWELL_BADLY_SCALED, new double[] {0, 1}, 0, NONE,
                        new double[] {1.0981593296997147e-05, 9.106146739867377}, true, ""),
                new MghProblem("brown-badly-scaled", MghFunction.BROWN_BADLY_SCALED, new double[] {1, 1}, 0, NONE,
                        new double[] {1e6, 2e-6}, true, ""),
                new MghProblem("beale", MghFunction.BEALE, new double[] {1, 1}, 0, NONE,
                        new double[] {3, 0.5}, true, ""),
                // paper: F = 124.362 at x1 = x2 = 0.2578 (m = 10)
                new MghProblem("jennrich-sampson", MghFunction.JENNRICH_SAMPSON, new double[] {0.3, 0.4},
                        124.3621823556148, NONE, new double[] {0.2578252136718125, 0.2578252136718125}, true, ""),
                new MghProblem("helical-valley", MghFunction.HELICAL_VALLEY, new double[] {-1, 0, 0}, 0, NONE,
                        new double[] {1, 0, 0}, true, "undefined at x1 = 0"),
                // paper: F = 8.21487e-3; F = 17.4286 at (0.8406, -inf, -inf)
                new MghProblem("bard", MghFunction.BARD, new double[] {1, 1, 1}, 8.214877306578969e-03, 17.4286,
                        new double[] {0.08241055991910239, 1.1330360975266844, 2.3436951733808242}, true,
                        "F = 17.4286 (4 digits) is approached as x2, x3 -> -inf with x1 -> 0.8406"),
                // paper: F = 1.12793e-8
                new MghProblem("gaussian", MghFunction.GAUSSIAN, new double[] {0.4, 1, 0}, 1.127932769618761e-08, NONE,
                        new double[] {0.39895613783855244, 1.0000190844858687, 0}, true, ""),
                // paper: F = 87.9458; equals NIST MGH10's certified RSS 87.945855171
                new MghProblem("meyer", MghFunction.MEYER, new double[] {0.02, 4000, 250}, 87.94585517045806, NONE,
                        new double[] {0.005609636323566021, 6181.346368207726, 345.22363536224645}, true,
                        "badly scaled; the same problem as NIST MGH10"),
                new MghProblem("box-3d", MghFunction.BOX_3D, new double[] {0, 10, 20}, 0, NONE,
                        new double[] {1, 10, 1}, false, "F = 0 also at (10, 1, -1) and on the line x1 = x2, x3 = 0"),
                new MghProblem("powell-singular", MghFunction.POWELL_SINGULAR, new double[] {3, -1, 0, 1}, 0, NONE,
                        new double[] {0, 0, 0, 0}, true, "the Jacobian is singular at the minimiser"),
                new MghProblem("wood", MghFunction.WOOD, new double[] {-3, -1, -3, -1}, 0, NONE,
                        new double[] {1, 1, 1, 1}, true, ""),
                // paper: F = 3.07505e-4; F = 1.02734e-3 at (+inf, -14.07..., -inf, -inf); same as NIST MGH09
                new MghProblem("kowalik-osborne", MghFunction.KOWALIK_OSBORNE, new double[] {0.25, 0.39, 0.415, 0.39},
                        3.075056038492374e-04, 1.02734e-3,
                        new double[] {0.19280693424194656, 0.1912823355192027, 0.12305650770080191, 0.13606233394719483},
                        true, "F = 1.02734e-3 (6 digits) is approached as x1 -> +inf, x3, x4 -> -inf"),
                // paper: F = 2.28767e-3 (n = 6)
                new MghProblem("watson-6", MghFunction.WATSON_6, new double[6], 2.287670053552377e-03, NONE,
                        new double[] {-0.015725087726423507, 1.0124348683174558, -0.2329916143083377,
                            1.2604300429808781, -1.513728864884768, 0.9929964057136116}, true, ""),
                // paper: F = 1.39976e-6 (n = 9)
                new MghProblem("watson-9", MghFunction.WATSON_9, new double[9], 1.399760138129151e-06, NONE,
                        new double[] {-1.530684984383923e-05, 0.999789701381289, 0.014764063857310208,
                            0.14634139257925247, 1.0008250003839863, -2.6177396251781118, 4.104413210486875,
                            -3.1436184096143736, 1.052627919092755}, true, "ill-conditioned Jacobian"),
                // paper: F = 85822.2 (m = 20)
                new MghProblem("brown-dennis", MghFunction.BROWN_DENNIS, new double[] {25, 5, -5, -1},
                        85822.20162635927, NONE,
                        new double[] {-11.594438434916844, 13.203629505871003, -0.4034396853320792,
                            0.23677900875377011}, true, ""),
                // paper: F = 5.65565e-3 (m = 13) and F = 0 at (1, 10, 1, 5, 4, 3)
                new MghProblem("biggs-exp6", MghFunction.BIGGS_EXP6, new double[] {1, 2, 1, 1, 1, 1}, 0,
                        5.655649925499912e-03, new double[] {1, 10, 1, 5, 4, 3}, false,
                        "F = 0 also at (4, 10, 3, 5, 1, 1) (terms swapped); local minimum F = 5.65565e-3 where"
                                + " x1 = x5 = 1.71141599832, x2 = 17.6831980009, x3 + x6 = 2.32628732729,"
                                + " x4 = 5.18656148099"));
    }

    /**
     * @return the problem with that name
     * @throws IllegalArgumentException if there is none
     */
    public static MghProblem byName(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no MGH problem named '" + name + "'"));
    }
}
