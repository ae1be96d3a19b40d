package org.sven4j.linalg;

/** Which implementation runs the dense kernels. */
public enum Backend {
    /** Native BLAS/LAPACK through JNI ({@code dev.ludovic.netlib}): the bundled OpenBLAS or a system library. */
    NATIVE,
    /** Pure Java, no native code. */
    JAVA
}
