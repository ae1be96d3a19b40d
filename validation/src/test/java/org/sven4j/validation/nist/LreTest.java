package org.sven4j.validation.nist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LreTest {

    @Test
    void knownValues() {
        assertEquals(3.0, Lre.of(1.001, 1.0), 1e-9);
        assertEquals(3.0, Lre.of(0.999, 1.0), 1e-9);
        assertEquals(6.0, Lre.of(-2.000002, -2.0), 1e-6);
        assertEquals(-Math.log10(0.5), Lre.of(150, 100), 1e-12);
        // 5.5015643181E-04 vs 5.5015643E-04: relative error 1.81e-01/5.5015643181e8 = 3.29e-10
        assertEquals(-Math.log10(1.81e-12 / 5.5015643181E-04), Lre.of(5.5015643E-04, 5.5015643181E-04), 1e-6);
    }

    @Test
    void clampedToZeroAndTheCap() {
        assertEquals(Lre.CERTIFIED_DIGITS, Lre.of(2.5, 2.5));
        assertEquals(Lre.CERTIFIED_DIGITS, Lre.of(Math.nextUp(1.0), 1.0));
        assertEquals(8.0, Lre.of(1.0, 1.0, 8.0));
        assertEquals(0.0, Lre.of(-1.0, 1.0));
        assertEquals(0.0, Lre.of(Double.NaN, 1.0));
        assertEquals(0.0, Lre.of(Double.POSITIVE_INFINITY, 1.0));
        assertEquals(4.0, Lre.of(1e-4, 0.0), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Lre.of(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Lre.of(1, 1, 0));
    }

    @Test
    void minimumOverParameters() {
        assertEquals(2.0, Lre.min(new double[] {1.01, 2.0000002}, new double[] {1, 2}), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Lre.min(new double[] {1}, new double[] {1, 2}));
    }
}
