package org.sven4j.validation.nist;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

/** Finds the NIST StRD files for tests, skipping (not passing) the test when they are absent. */
final class NistTestData {
    private NistTestData() {
    }

    static Path directory() {
        Optional<Path> dir = NistData.locate();
        assumeTrue(dir.isPresent(), "NIST StRD data not found: set -D" + NistData.DIRECTORY_PROPERTY
                + "=DIR or run below a directory holding " + NistData.RELATIVE_PATH + "; skipping");
        return dir.get();
    }
}
