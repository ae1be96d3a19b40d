package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The line search's rescue rules, driven through the controller's protocol with a synthetic model at cost c:
 * σ = (1, 10⁻⁶), Uᵀr = (√c, √c), so the model can remove the whole cost, the undamped step is 10⁶·√c long and a
 * trust region of radius 1 must damp it (λ &gt; 0).
 */
class StepControllerTest {
    /** The cost of every iteration after the first, whose cost is 1 (so the crawl test applies: 10⁻⁹ &lt; 10⁻⁸). */
    private static final double COST = 1e-9;

    /**
     * One iteration: trials at η = 1, 0.1, 0.01, … are rejected until η reaches {@code acceptAt}, which is accepted
     * with a relative decrease of 10⁻³.
     *
     * @return λ of the iteration's first trial (0 for a line-search trial)
     */
    private static double iteration(StepController control, double acceptAt) {
        return iteration(control, acceptAt, COST);
    }

    private static double iteration(StepController control, double acceptAt, double cost) {
        control.begin(1.0, 1.0, cost);
        double root = Math.sqrt(cost);
        SpectralStep model = new SpectralStep(new double[] {1.0, 1e-6}, new double[] {root, root});
        double[] w = new double[2];
        assertTrue(control.next(model, w));
        double firstLambda = control.lambda();
        for (int trial = 0; trial < 30; trial++) {
            double eta = control.eta();
            boolean accept = control.lambda() > 0 || eta <= acceptAt * 1.0000001;
            double trialCost = accept ? cost * (1 - 1e-3) : 10 * cost;
            double pred = model.predictedReduction(w, eta);
            if (control.judge(cost, trialCost, pred, model.descent(w), eta * Math.hypot(w[0], w[1]))) {
                return firstLambda;
            }
            assertTrue(control.next(model, w));
        }
        throw new AssertionError("no trial accepted");
    }

    /** A line-search controller whose first iteration (cost 1, a long accepted step) has been taken. */
    private static StepController lineSearch() {
        StepController control = new StepController(SvenOptions.builder().stepControl(StepControl.LINE_SEARCH).build());
        assertEquals(0.0, iteration(control, 1.0, 1.0));
        return control;
    }

    @Test
    void aCrawlOfSameShortStepsIsRescuedByOneTrustRegionStep() {
        StepController control = lineSearch();
        // Rejected at η = 1 (cost ×10), the safeguarded backtracking goes to η/10 each time: 0.1, 0.01, 0.001.
        for (int i = 1; i <= StepController.CRAWL_WINDOW + 1; i++) {
            assertEquals(0.0, iteration(control, 1e-3), "iteration " + i + " is a line-search iteration");
        }
        // The first short η follows the long first step, so it starts no crawl; the next CRAWL_WINDOW make one.
        double lambda = iteration(control, 1e-3);
        assertTrue(lambda > 0, "the iteration after a crawl takes a damped trust-region trial, λ = " + lambda);
        assertEquals(0.0, iteration(control, 1e-3), "then the line search resumes");
    }

    @Test
    void aCrawlBeforeTheEndGameIsLeftToTheLineSearch() {
        StepController control = lineSearch();
        for (int i = 1; i <= 5 * StepController.CRAWL_WINDOW; i++) {
            assertEquals(0.0, iteration(control, 1e-3, 1e-7), "iteration " + i + " at 10⁻⁷ of the initial cost");
        }
    }

    @Test
    void shortStepsOfChangingLengthAreNotACrawl() {
        StepController control = lineSearch();
        for (int i = 1; i <= 5 * StepController.CRAWL_WINDOW; i++) {
            double acceptAt = i % 2 == 0 ? 1e-3 : 1e-2;
            assertEquals(0.0, iteration(control, acceptAt), "iteration " + i);
        }
    }

    @Test
    void longStepsOfTheSameLengthAreNotACrawl() {
        StepController control = lineSearch();
        for (int i = 1; i <= 5 * StepController.CRAWL_WINDOW; i++) {
            assertEquals(0.0, iteration(control, 0.1), "iteration " + i);
        }
    }
}
