package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteTest {
    @Test
    void quickFitsTwoMinutesEvenIfEveryRunUsesItsWholeBudget() {
        assertTrue(Suite.QUICK.worstCase().compareTo(Duration.ofSeconds(110)) <= 0, Suite.QUICK.worstCase().toString());
    }

    @Test
    void standardFitsThirtyMinutesEvenIfEveryRunUsesItsWholeBudget() {
        assertTrue(Suite.STANDARD.worstCase().compareTo(Duration.ofMinutes(28)) <= 0,
                Suite.STANDARD.worstCase().toString());
    }

    @Test
    void standardRunsFiveSeedsOfSvenOnPoissonAndHeat() {
        List<RunSpec> specs = Suite.STANDARD.specs(100);
        for (String p : List.of("poisson2d", "heat1d")) {
            long n = specs.stream().filter(s -> s.problem().equals(p) && s.ansatz() == AnsatzKind.MLP
                    && s.solver() == SolverId.SVEN).map(RunSpec::seed).distinct().count();
            assertEquals(5, n, p);
        }
        assertTrue(specs.stream().allMatch(s -> s.seed() >= 100 && s.seed() < 105));
    }

    @Test
    void idsParseAndUnknownOnesAreNamed() {
        assertEquals(Suite.STANDARD, Suite.of("Standard"));
        assertEquals(SolverId.ADAM_LBFGS, SolverId.of("adam-lbfgs"));
        assertEquals(AnsatzKind.CHEBYSHEV, AnsatzKind.of("chebyshev"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SolverId.of("newton"));
        assertTrue(e.getMessage().contains("newton") && e.getMessage().contains("hipparchus-lm"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Suite.of("huge"));
    }
}
