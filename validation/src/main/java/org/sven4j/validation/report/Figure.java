package org.sven4j.validation.report;

/**
 * A rendered chart.
 *
 * @param file file name under {@code plots/}, e.g. "poisson2d-mlp-error-vs-time.png"
 * @param title what it shows
 * @param png the PNG bytes
 */
public record Figure(String file, String title, byte[] png) {
}
