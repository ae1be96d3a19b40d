package org.sven4j.validation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Summary;
import org.sven4j.pde.catalog.ErrorReport;

/**
 * Runs the cheap examples (the MLP Poisson one with a short budget). BurgersMlp is not run here: its held-out
 * Cole–Hopf reference alone takes tens of seconds on a loaded 2-core machine.
 */
class ExamplesTest {
    @Test
    void spectralPoissonReachesSpectralAccuracy() {
        ErrorReport e = SpectralPoisson.solve("poisson2d");
        assertTrue(e.relativeL2()[0] < 1e-10, e.toString());
    }

    @Test
    void inverseHeatIdentifiesTheDiffusivity() {
        double kappa = InverseHeat.identify();
        assertEquals(InverseHeat.KAPPA, kappa, 1e-6 * InverseHeat.KAPPA, "kappa " + kappa);
    }

    @Test
    void poissonMlpLowersTheLossWithinAShortBudget() {
        Summary s = Poisson2dMlp.solve(Duration.ofSeconds(2));
        assertTrue(s.finalCost() < 0.5 * s.initialCost(), s.briefReport());
    }
}
