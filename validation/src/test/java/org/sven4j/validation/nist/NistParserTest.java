package org.sven4j.validation.nist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NistParserTest {

    /** (P, n) per dataset, from NIST's dataset pages. */
    private static final Map<String, int[]> SIZES = Map.ofEntries(
            Map.entry("Misra1a", new int[] {2, 14}), Map.entry("Chwirut2", new int[] {3, 54}),
            Map.entry("Chwirut1", new int[] {3, 214}), Map.entry("Lanczos3", new int[] {6, 24}),
            Map.entry("Gauss1", new int[] {8, 250}), Map.entry("Gauss2", new int[] {8, 250}),
            Map.entry("DanWood", new int[] {2, 6}), Map.entry("Misra1b", new int[] {2, 14}),
            Map.entry("Kirby2", new int[] {5, 151}), Map.entry("Hahn1", new int[] {7, 236}),
            Map.entry("MGH17", new int[] {5, 33}), Map.entry("Lanczos1", new int[] {6, 24}),
            Map.entry("Lanczos2", new int[] {6, 24}), Map.entry("Gauss3", new int[] {8, 250}),
            Map.entry("Misra1c", new int[] {2, 14}), Map.entry("Misra1d", new int[] {2, 14}),
            Map.entry("ENSO", new int[] {9, 168}), Map.entry("MGH09", new int[] {4, 11}),
            Map.entry("Thurber", new int[] {7, 37}), Map.entry("BoxBOD", new int[] {2, 6}),
            Map.entry("Rat42", new int[] {3, 9}), Map.entry("MGH10", new int[] {3, 16}),
            Map.entry("Eckerle4", new int[] {3, 35}), Map.entry("Rat43", new int[] {4, 15}),
            Map.entry("Bennett5", new int[] {3, 154}));

    @Test
    void allTwentyFiveFilesParseWithTheRightSizes() {
        List<NistDataset> all = NistData.loadAll(NistTestData.directory());
        assertEquals(25, all.size());
        assertEquals(25, SIZES.size());
        for (NistDataset d : all) {
            int[] expected = SIZES.get(d.name());
            assertTrue(expected != null, "unexpected dataset name " + d.name());
            assertEquals(expected[0], d.parameterCount(), d.name() + " parameters");
            assertEquals(expected[1], d.observationCount(), d.name() + " observations");
            assertEquals(expected[0], NistModel.forDataset(d.name()).parameterCount(), d.name() + " model P");
            assertEquals(d.name(), NistModel.forDataset(d.name()).datasetName());
            assertTrue(d.certifiedRss() > 0, d.name() + " RSS");
        }
    }

    @Test
    void misra1aValuesAreReadIntoTheRightFields() {
        NistDataset d = NistData.load(NistTestData.directory(), "misra1a");
        assertEquals("Misra1a", d.name());
        assertArrayEquals(new double[] {500, 0.0001}, d.start(1));
        assertArrayEquals(new double[] {250, 0.0005}, d.start(2));
        assertArrayEquals(new double[] {2.3894212918E+02, 5.5015643181E-04}, d.certifiedValues());
        assertArrayEquals(new double[] {2.7070075241E+00, 7.2668688436E-06}, d.certifiedStdDevs());
        assertEquals(1.2455138894E-01, d.certifiedRss());
        // first and last rows: "10.07E0 77.6E0" and "81.78E0 760.0E0" with columns "y x"
        assertEquals(77.6, d.x()[0]);
        assertEquals(10.07, d.y()[0]);
        assertEquals(760.0, d.x()[13]);
        assertEquals(81.78, d.y()[13]);
    }

    private static List<String> synthetic(String dataHeader, String... rows) {
        List<String> lines = new ArrayList<>(List.of(
                "NIST/ITL StRD",
                "Dataset Name:  Toy           (Toy.dat)",
                "Model:         Exponential Class",
                "               2 Parameters (b1 and b2)",
                "  b1 =   1           2             3.0E+00  1.0E-01",
                "  b2 =   4           5             6.0E+00  2.0E-01",
                "Residual Sum of Squares:                    7.0E-01",
                "Number of Observations:                            " + rows.length,
                dataHeader));
        lines.addAll(List.of(rows));
        return lines;
    }

    @Test
    void columnOrderFollowsTheDataHeader() {
        NistDataset yx = NistParser.parse("Toy", "toy", synthetic("Data:   y   x", "10 1", "20 2"));
        NistDataset xy = NistParser.parse("Toy", "toy", synthetic("Data:   x   y", "1 10", "2 20"));
        for (NistDataset d : List.of(yx, xy)) {
            assertArrayEquals(new double[] {1, 2}, d.x());
            assertArrayEquals(new double[] {10, 20}, d.y());
            assertArrayEquals(new double[] {1, 4}, d.start(1));
            assertArrayEquals(new double[] {2, 5}, d.start(2));
            assertArrayEquals(new double[] {3, 6}, d.certifiedValues());
            assertEquals(0.7, d.certifiedRss());
        }
    }

    @Test
    void malformedFilesAreRejectedWithTheReason() {
        List<String> badCount = synthetic("Data:   y   x", "10 1", "20 2");
        badCount.remove(badCount.size() - 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NistParser.parse("Toy", "toy", badCount));
        assertTrue(e.getMessage().contains("observations"), e.getMessage());

        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> NistParser.parse("Toy", "toy", synthetic("Data:   y   z", "10 1")));
        assertTrue(e2.getMessage().contains("x and y"), e2.getMessage());

        IllegalArgumentException e3 = assertThrows(IllegalArgumentException.class,
                () -> NistParser.parse("Toy", "toy", synthetic("Data:   y   x", "10 abc")));
        assertTrue(e3.getMessage().contains("abc"), e3.getMessage());

        assertThrows(IllegalArgumentException.class, () -> NistData.canonicalName("Nelson"));
    }

    @org.junit.jupiter.api.Test
    /** "… 2.5\\n" cut to "… 2.": still a number, so only the missing line break tells. */
    void aFileCutInsideItsLastNumberIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path misra = tmp.resolve("Misra1a.dat");
        byte[] bytes = syntheticFile().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.file.Files.write(misra, bytes);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> NistParser.parse(misra));
        java.nio.file.Files.write(misra, java.util.Arrays.copyOf(bytes, bytes.length - 2));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NistParser.parse(misra));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("ends inside a line"), e.getMessage());
    }

    private static String syntheticFile() {
        return String.join("\n", synthetic("Data:   y   x", "10 1", "20.25 2.5")) + "\n";
    }
}
