package org.sven4j.validation.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Variants, outcome lines and the summary table of the robustness protocol. */
class RobustnessProtocolTest {
    private static Outcome outcome(String problem, long seed, String kernel, int its, double err) {
        return new Outcome(problem, seed, new Variant(kernel, 1), its, its * 0.05, err, "step_tolerance",
                new double[] {0.5, 1.0, Double.NaN, Double.NaN}, new int[] {10, 20, -1, -1});
    }

    @Test
    void theProtocolHasEveryKernelTheCpuRunsAndThePureJavaBackEnd() {
        List<Variant> noAvx512 = Variant.protocol(false, List.of(1, 2));
        assertEquals(List.of("Sandybridge/1t", "Sandybridge/2t", "Haswell/1t", "Haswell/2t", "Zen/1t", "Zen/2t",
                "java/2t"), noAvx512.stream().map(Variant::label).toList());
        assertEquals(9, Variant.protocol(true, List.of(1, 2)).size());
    }

    @Test
    void aVariantSetsTheKernelAndThreadsOfItsJvm() {
        Variant v = Variant.parse("haswell/2");
        assertEquals("Haswell", v.kernel());
        assertEquals(Map.of("OPENBLAS_NUM_THREADS", "2", "OPENBLAS_CORETYPE", "Haswell"), v.environment());
        assertEquals(List.of("-Dsven4j.threads=2", "-Dsven4j.linalg=native"), v.jvmOptions());
        Variant j = Variant.parse("java/1t");
        assertTrue(j.isJava());
        assertFalse(j.environment().containsKey("OPENBLAS_CORETYPE"));
        assertEquals("-Dsven4j.linalg=java", j.jvmOptions().get(1));
        assertFalse(Variant.parse("default/2").environment().containsKey("OPENBLAS_CORETYPE"));
    }

    @Test
    void badVariantsAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Variant.parse("Haswell"));
        assertTrue(e.getMessage().contains("KERNEL/THREADS"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Variant.parse("Pentium/1"));
        assertTrue(e.getMessage().contains("kernel must be one of"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Variant.parse("Zen/0"));
        assertTrue(e.getMessage().contains("threads must be >= 1"), e.getMessage());
    }

    @Test
    void anOutcomeLineRoundTrips() {
        Outcome o = outcome("heat1d", 3, "Zen", 412, 2.5e-9);
        Outcome back = Outcome.parse(o.toLine());
        assertEquals(o.problem(), back.problem());
        assertEquals(o.seed(), back.seed());
        assertEquals(o.variant(), back.variant());
        assertEquals(o.iterations(), back.iterations());
        assertEquals(o.relativeL2(), back.relativeL2());
        assertArrayEquals(o.reach(), back.reach());
        assertArrayEquals(o.reachIterations(), back.reachIterations());
    }

    @Test
    void theCsvReadsBackForAResumedProtocol() {
        Outcome o = outcome("heat1d", 3, "Zen", 412, 2.5e-9);
        List<Outcome> back = RobustnessReport.parseCsv(RobustnessReport.csv(List.of(o, outcome("poisson2d", 0,
                "java", 90, 4e-11))));
        assertEquals(2, back.size());
        assertEquals(o.variant(), back.get(0).variant());
        assertEquals(3, back.get(0).seed());
        assertEquals(412, back.get(0).iterations());
        assertEquals(2.5e-9, back.get(0).relativeL2());
        assertArrayEquals(o.reach(), back.get(0).reach());
        assertArrayEquals(o.reachIterations(), back.get(0).reachIterations());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RobustnessReport.parseCsv("header\npoisson2d,Zen,x"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void theSummaryGivesMedianWorstAndTheirRatioPerProblem() {
        List<Outcome> os = List.of(outcome("poisson2d", 0, "Haswell", 100, 1e-11),
                outcome("poisson2d", 0, "Zen", 300, 4e-11), outcome("poisson2d", 1, "Haswell", 150, 2e-11));
        String s = RobustnessReport.summary(os);
        assertTrue(s.contains("| poisson2d | 3 | 2.00e-11 | 4.00e-11 | 2.0 | 150 (100–300) | 3.00 |"), s);
        assertTrue(s.contains("0 / 0 of 3"), s);
        assertEquals(2.5, RobustnessReport.median(new double[] {4, 1, 2, 3}));
        String csv = RobustnessReport.csv(os);
        assertEquals(4, csv.lines().count());
        assertTrue(csv.lines().findFirst().orElseThrow().contains("seconds_to_1e-08"), csv);
    }
}
