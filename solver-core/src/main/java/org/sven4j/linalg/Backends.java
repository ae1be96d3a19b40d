package org.sven4j.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Chooses the dense back-end once per JVM. The system property {@code sven4j.linalg}
 * ({@code auto} (default), {@code native} or {@code java}) overrides the automatic choice, which
 * takes native OpenBLAS when it loads and pure Java otherwise.
 */
final class Backends {
    static final String PROPERTY = "sven4j.linalg";
    private static final Logger LOG = Logger.getLogger(Backends.class.getName());

    static final LinearAlgebra DEFAULT = choose();

    private Backends() {
    }

    private static LinearAlgebra choose() {
        String wanted = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        LinearAlgebra la;
        switch (wanted) {
            case "native":
                la = of(Backend.NATIVE);
                break;
            case "java":
                la = of(Backend.JAVA);
                break;
            case "auto":
            case "":
                la = nativeAvailable() ? of(Backend.NATIVE) : of(Backend.JAVA);
                break;
            default:
                throw new IllegalArgumentException("system property " + PROPERTY + "=" + wanted
                        + " is not one of auto, native, java");
        }
        LOG.info(() -> "Sven4j dense back-end: " + la.description());
        return la;
    }

    static boolean nativeAvailable() {
        try {
            NativeBLAS.getInstance();
            NativeLAPACK.getInstance();
            return true;
        } catch (Throwable t) {
            return false;
        }
    }

    static LinearAlgebra of(Backend backend) {
        if (backend == Backend.NATIVE) {
            BLAS blas;
            LAPACK lapack;
            try {
                blas = NativeBLAS.getInstance();
                lapack = NativeLAPACK.getInstance();
            } catch (Throwable t) {
                throw new UnsupportedOperationException("native BLAS/LAPACK is not available (install libopenblas0): " + t, t);
            }
            return new NetlibLinearAlgebra(Backend.NATIVE, blas, lapack);
        }
        return new NetlibLinearAlgebra(Backend.JAVA, JavaBLAS.getInstance(), JavaLAPACK.getInstance());
    }
}
