package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.lapack.JavaLAPACK;
import org.junit.jupiter.api.Test;

/** {@link AlignmentProbe} and how the back-end reports it. */
class AlignmentProbeTest {
    @Test
    void pureJavaKernelsDoNotDependOnAlignment() {
        assertTrue(AlignmentProbe.alignmentIndependent(JavaBLAS.getInstance(), JavaLAPACK.getInstance()));
        assertTrue(Backends.of(Backend.JAVA).isReproducible());
    }

    @Test
    void aNativeBackEndReportsWhatTheProbeFound() {
        if (!Backends.nativeAvailable()) {
            return;
        }
        LinearAlgebra la = Backends.of(Backend.NATIVE);
        boolean probe = AlignmentProbe.alignmentIndependent(dev.ludovic.netlib.blas.NativeBLAS.getInstance(),
                dev.ludovic.netlib.lapack.NativeLAPACK.getInstance());
        assertEquals(probe, la.isReproducible());
        assertEquals(!probe, la.description().contains("NOT REPRODUCIBLE"), la.description());
    }
}
