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
            case "bundled":
            case "system":
                assertEquals(Backend.NATIVE, active);
                break;
            default:
                boolean usable = Backends.nativeAvailable() && !Backends.library().isReference();
                assertEquals(usable ? Backend.NATIVE : Backend.JAVA, active);
        }
        assertTrue(LinearAlgebra.get() == LinearAlgebra.get(), "one instance per JVM");
        assertTrue(LinearAlgebra.get().description().startsWith(active.name()), LinearAlgebra.get().description());
    }

    @Test
    void theChoiceIsReported() {
        String choice = LinearAlgebra.choice();
        assertTrue(choice.startsWith(Backends.PROPERTY + "="), choice);
    }

    /** README's commands install no system BLAS: on the platforms the build bundles, the default is the bundled OpenBLAS. */
    @Test
    void autoBindsTheBundledOpenBlas() {
        String wanted = System.getProperty(Backends.PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        assumeTrue(wanted.equals("auto"), "a back-end was chosen by property");
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "the build bundles natives for linux-x86_64 here");
        String d = LinearAlgebra.get().description();
        assertEquals(Backend.NATIVE, LinearAlgebra.get().backend(), d);
        assertTrue(d.contains("OpenBLAS 0.3.31") && d.contains("bundled"), d);
        assertTrue(d.contains("kernel "), "the kernel is identified: " + d);
        assertTrue(d.contains(Threads.count() + (Threads.count() == 1 ? " thread" : " threads")),
                "the BLAS runs sven4j.threads threads: " + d);
        assertEquals(NativeLibrary.Origin.BUNDLED, Backends.library().origin());
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
