package org.sven4j.validation.nist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a NIST StRD nonlinear regression file in NIST's original text format.
 *
 * <p>Recognised lines, wherever they are in the header: {@code Dataset Name: NAME}, {@code K Parameters},
 * {@code bJ = START1 START2 CERTIFIED STDDEV}, {@code Residual Sum of Squares: V},
 * {@code Number of Observations: N}, and the data header {@code Data: A B} with A, B ∈ {x, y} giving
 * the column order; every non-blank line after the data header is one observation. Counts are
 * cross-checked: the b-lines must be b1..bK in order with K equal to the declared parameter count,
 * and the number of data rows must equal the declared number of observations.
 */
final class NistParser {
    private static final Pattern NAME = Pattern.compile("^Dataset Name:\\s*(\\S+)");
    private static final Pattern PARAMETER_COUNT = Pattern.compile("^\\s*(\\d+)\\s+Parameters?\\b");
    private static final Pattern PARAMETER = Pattern.compile(
            "^\\s*b(\\d+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern RSS = Pattern.compile("^\\s*Residual Sum of Squares:\\s*(\\S+)\\s*$");
    private static final Pattern OBSERVATIONS = Pattern.compile("^\\s*Number of Observations:\\s*(\\d+)\\s*$");
    private static final Pattern DATA_HEADER = Pattern.compile("^Data:\\s+([A-Za-z]+)\\s+([A-Za-z]+)\\s*$");

    private NistParser() {
    }

    /**
     * @param file a {@code .dat} file
     * @return the dataset
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and line when the content is not as expected
     */
    public static NistDataset parse(Path file) {
        List<String> lines;
        try {
            byte[] bytes = Files.readAllBytes(file);
            // Every NIST StRD file ends with a line break; one that stops inside a line was cut short, and its last
            // number may be a prefix of the real one (still a valid number), so refuse it rather than read it.
            if (bytes.length > 0 && bytes[bytes.length - 1] != '\n' && bytes[bytes.length - 1] != '\r') {
                throw new IllegalArgumentException(file + ": malformed NIST file: it ends inside a line (cut short?)");
            }
            lines = new String(bytes, StandardCharsets.ISO_8859_1).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NIST file " + file + ": " + e.getMessage(), e);
        }
        String fallback = file.getFileName().toString().replaceFirst("\\.dat$", "");
        return parse(fallback, file.toString(), lines);
    }

    /**
     * @param fallbackName the dataset name to use when the header has no {@code Dataset Name:} line
     * @param source where the lines come from, for messages
     * @param lines the file's lines
     * @return the dataset
     */
    public static NistDataset parse(String fallbackName, String source, List<String> lines) {
        String name = null;
        int declaredParameters = -1;
        int declaredObservations = -1;
        double rss = Double.NaN;
        List<double[]> parameters = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        boolean inData = false;
        boolean xFirst = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = source + ":" + (i + 1);
            if (inData) {
                String t = line.trim();
                if (t.isEmpty()) {
                    continue;
                }
                String[] tok = t.split("\\s+");
                if (tok.length != 2) {
                    throw new IllegalArgumentException(where + ": expected 2 numbers in a data row, got '" + t + "'");
                }
                double a = number(tok[0], where);
                double b = number(tok[1], where);
                xs.add(xFirst ? a : b);
                ys.add(xFirst ? b : a);
                continue;
            }
            Matcher m;
            if (name == null && (m = NAME.matcher(line)).find()) {
                name = m.group(1);
            } else if (declaredParameters < 0 && (m = PARAMETER_COUNT.matcher(line)).find()) {
                declaredParameters = Integer.parseInt(m.group(1));
            } else if ((m = PARAMETER.matcher(line)).matches()) {
                int index = Integer.parseInt(m.group(1));
                if (index != parameters.size() + 1) {
                    throw new IllegalArgumentException(where + ": expected parameter b" + (parameters.size() + 1)
                            + ", found b" + index);
                }
                parameters.add(new double[] {number(m.group(2), where), number(m.group(3), where),
                    number(m.group(4), where), number(m.group(5), where)});
            } else if ((m = RSS.matcher(line)).matches()) {
                rss = number(m.group(1), where);
            } else if ((m = OBSERVATIONS.matcher(line)).matches()) {
                declaredObservations = Integer.parseInt(m.group(1));
            } else if ((m = DATA_HEADER.matcher(line)).matches()) {
                String first = m.group(1).toLowerCase(Locale.ROOT);
                String second = m.group(2).toLowerCase(Locale.ROOT);
                if (first.equals("x") && second.equals("y")) {
                    xFirst = true;
                } else if (first.equals("y") && second.equals("x")) {
                    xFirst = false;
                } else {
                    throw new IllegalArgumentException(where + ": data header must name columns x and y, got '"
                            + line.trim() + "'");
                }
                inData = true;
            }
        }
        String id = name != null ? name : fallbackName;
        if (!inData) {
            throw new IllegalArgumentException(source + ": no data header line 'Data:  y  x' found");
        }
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException(source + ": no parameter lines 'bJ = start1 start2 certified stddev' found");
        }
        if (declaredParameters >= 0 && declaredParameters != parameters.size()) {
            throw new IllegalArgumentException(source + ": header declares " + declaredParameters
                    + " parameters but " + parameters.size() + " b-lines were found");
        }
        if (Double.isNaN(rss)) {
            throw new IllegalArgumentException(source + ": no 'Residual Sum of Squares:' line found");
        }
        if (declaredObservations >= 0 && declaredObservations != xs.size()) {
            throw new IllegalArgumentException(source + ": header declares " + declaredObservations
                    + " observations but " + xs.size() + " data rows were found");
        }
        int p = parameters.size();
        double[][] cols = new double[4][p];
        for (int j = 0; j < p; j++) {
            for (int c = 0; c < 4; c++) {
                cols[c][j] = parameters.get(j)[c];
            }
        }
        return new NistDataset(id, unbox(xs), unbox(ys), cols[0], cols[1], cols[2], cols[3], rss);
    }

    private static double number(String token, String where) {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a number: '" + token + "'", e);
        }
    }

    private static double[] unbox(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
