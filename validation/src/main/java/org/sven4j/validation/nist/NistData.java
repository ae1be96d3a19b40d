package org.sven4j.validation.nist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the NIST StRD files are and which ones exist. The files are not part of the repository:
 * they are found through the system property {@value #DIRECTORY_PROPERTY}, or else by walking up
 * from the working directory to the first ancestor that contains {@value #RELATIVE_PATH}.
 */
public final class NistData {
    /** System property naming the directory with the {@code .dat} files. */
    public static final String DIRECTORY_PROPERTY = "sven4j.nist.dir";
    /** Location of the data relative to an ancestor of the working directory. */
    public static final String RELATIVE_PATH = "shared/data/nist-strd";

    /** The 25 datasets in NIST's order of difficulty: lower, average, higher. */
    public static final List<String> DATASETS = List.of(
            "Misra1a", "Chwirut2", "Chwirut1", "Lanczos3", "Gauss1", "Gauss2", "DanWood", "Misra1b",
            "Kirby2", "Hahn1", "MGH17", "Lanczos1", "Lanczos2", "Gauss3", "Misra1c", "Misra1d", "ENSO",
            "MGH09", "Thurber", "BoxBOD", "Rat42", "MGH10", "Eckerle4", "Rat43", "Bennett5");

    private NistData() {
    }

    /**
     * @return the data directory, if the system property names an existing directory or an ancestor
     *         of the working directory holds {@value #RELATIVE_PATH}
     */
    public static Optional<Path> locate() {
        String property = System.getProperty(DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path p = Paths.get(property);
            return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(RELATIVE_PATH);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * @return {@link #locate()}'s directory
     * @throws IllegalStateException saying how to point at the data when it is not found
     */
    public static Path requireDirectory() {
        return locate().orElseThrow(() -> new IllegalStateException("NIST StRD data not found: set -D"
                + DIRECTORY_PROPERTY + "=DIR or run below a directory holding " + RELATIVE_PATH));
    }

    /**
     * @param directory the data directory
     * @param name a dataset name from {@link #DATASETS} (case-insensitive)
     * @return the parsed dataset
     * @throws IllegalArgumentException if the name is unknown or the file is missing or malformed
     */
    public static NistDataset load(Path directory, String name) {
        String canonical = canonicalName(name);
        Path file = directory.resolve(canonical + ".dat");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("NIST file for dataset '" + canonical + "' not found: " + file);
        }
        return NistParser.parse(file);
    }

    /** @return the datasets named, parsed, in the given order */
    public static List<NistDataset> load(Path directory, List<String> names) {
        List<NistDataset> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(load(directory, n));
        }
        return out;
    }

    /** @return all 25 datasets in NIST's order */
    public static List<NistDataset> loadAll(Path directory) {
        return load(directory, DATASETS);
    }

    /**
     * @return the spelling in {@link #DATASETS} of a case-insensitive name
     * @throws IllegalArgumentException listing the known names if there is no such dataset
     */
    public static String canonicalName(String name) {
        for (String d : DATASETS) {
            if (d.equalsIgnoreCase(name.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown NIST dataset '" + name + "'; known: " + String.join(",", DATASETS));
    }
}
