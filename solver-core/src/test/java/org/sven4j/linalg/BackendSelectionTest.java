package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The back-end and thread count follow their system properties (CI runs this class with -Dsven4j.linalg=java). */
class BackendSelectionTest {
    @Test
    void activeBackendFollowsTheProperty() {
        String wanted = System.getProperty(Backends.PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        Backend active = LinearAlgebra.get().backend();
        switch (wanted) {
            case "java":
                assertEquals(Backend.JAVA, active);
                break;
            case "native":
                assertEquals(Backend.NATIVE, active);
                break;
            default:
                assertEquals(Backends.nativeAvailable() ? Backend.NATIVE : Backend.JAVA, active);
        }
        assertTrue(LinearAlgebra.get() == LinearAlgebra.get(), "one instance per JVM");
        assertTrue(LinearAlgebra.get().description().startsWith(active.name()), LinearAlgebra.get().description());
    }

    @Test
    void javaIsAlwaysAvailable() {
        assertEquals(Backend.JAVA, LinearAlgebra.of(Backend.JAVA).backend());
    }

    @Test
    void nativeLoadsWhenAvailable() {
        assumeTrue(Backends.nativeAvailable(), "native BLAS/LAPACK does not load on this machine");
        assertEquals(Backend.NATIVE, LinearAlgebra.of(Backend.NATIVE).backend());
    }

    @Test
    void threadCountParsing() {
        assertEquals(4, Threads.parse(null, 4));
        assertEquals(4, Threads.parse(" ", 4));
        assertEquals(3, Threads.parse(" 3 ", 4));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Threads.parse("0", 4));
        assertTrue(zero.getMessage().contains(Threads.PROPERTY + "=0"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Threads.parse("many", 4));
    }

    @Test
    void poolIsSizedByTheKnob() {
        String set = System.getProperty(Threads.PROPERTY);
        int expected = set == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(set.trim());
        assertEquals(expected, Threads.count());
        assertEquals(Threads.count(), Threads.pool().getParallelism());
        assertTrue(Threads.pool() == Threads.pool());
    }
}
