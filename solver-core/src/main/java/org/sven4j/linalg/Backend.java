package org.sven4j.linalg;

/** Which implementation runs the dense kernels. */
public enum Backend {
    /** System OpenBLAS/LAPACK through JNI ({@code dev.ludovic.netlib} native). */
    NATIVE,
    /** Pure Java, no native code. */
    JAVA
}
