package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identification of the native library by its content, and of the file netlib mapped. */
class NativeLibraryTest {
    @TempDir
    Path dir;

    private Path library(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        byte[] padding = new byte[4096];
        byte[] text = content.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[padding.length + text.length + 7];
        System.arraycopy(text, 0, all, padding.length, text.length);
        Files.write(f, all);
        return f;
    }

    @Test
    void aLibraryIsIdentifiedByItsSymbolsNotItsName() throws IOException {
        // Debian's alternatives can put the reference BLAS behind an "openblas" path and OpenBLAS behind libblas.so.3.
        assertEquals("reference BLAS",
                NativeLibrary.classify(library("libblas.so.3", "dgemm_\0dgemv_\0xerbla_\0").toString()));
        Path fakeDir = Files.createDirectories(dir.resolve("openblas-pthread"));
        Path disguised = Files.write(fakeDir.resolve("libblas.so.3"), "dgemm_\0".getBytes(StandardCharsets.US_ASCII));
        assertEquals("reference BLAS", NativeLibrary.classify(disguised.toString()));
        assertEquals("OpenBLAS 0.3.21", NativeLibrary.classify(
                library("libopenblasp-r0.3.21.so", "dgemm_\0openblas_get_config\0").toString()));
        assertEquals("OpenBLAS", NativeLibrary.classify(library("libblas.so.3.x", "openblas_get_config").toString()));
        assertEquals("Intel MKL", NativeLibrary.classify(library("libmkl_rt.so", "mkl_serv_get_version").toString()));
        assertEquals("unidentified BLAS", NativeLibrary.classify(dir.resolve("missing.so").toString()));
        assertEquals("unidentified BLAS", NativeLibrary.classify(null));
    }

    @Test
    void theSystemOpenBlasOfDebianIsRecognised() {
        Path debian = Path.of("/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so");
        assumeTrue(Files.isReadable(debian), "Debian's libopenblas0 0.3.21 is not installed");
        assertEquals("OpenBLAS 0.3.21", NativeLibrary.classify(debian.toString()));
    }

    @Test
    void theMappedBlasSkipsNetlibsShim() {
        List<String> maps = List.of(
                "7f00-7f10 r-xp 00000000 08:01 1 /usr/lib/x86_64-linux-gnu/libm.so.6",
                "7f10-7f20 r-xp 00000000 08:01 2 /tmp/libnetlibblasjni123.so",
                "7f20-7f30 r-xp 00000000 08:01 3 /home/u/.javacpp/cache/x/libjniopenblas_nolapack.so",
                "7f30-7f40 r-xp 00000000 08:01 4 /usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0",
                "7f40-7f50 rw-p 00000000 00:00 0 [heap]");
        assertEquals("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0", NativeLibrary.mappedBlas(maps));
        assertNull(NativeLibrary.mappedBlas(List.of("7f40-7f50 rw-p 00000000 00:00 0 [heap]")));
    }

    @Test
    void factorisationsRunOnOneThreadBelowTheirThreshold() {
        NativeLibrary lib = Backends.library();
        assumeTrue(lib != null && lib.origin() == NativeLibrary.Origin.BUNDLED, "the bundled OpenBLAS is not bound");
        // The same factorisation gives the same bits whatever the BLAS-3 calls around it set.
        org.ejml.data.DMatrixRMaj a = Dense.gaussian(300, 80, 5);
        LinearAlgebra la = LinearAlgebra.get();
        ThinSvd first = la.svd(a, true);
        la.gemm(false, true, 1.0, a, a, 0.0, new org.ejml.data.DMatrixRMaj(300, 300));
        ThinSvd second = la.svd(a, true);
        assertTrue(java.util.Arrays.equals(first.s(), second.s()));
        assertTrue(java.util.Arrays.equals(first.u().data, second.u().data));
    }
}
