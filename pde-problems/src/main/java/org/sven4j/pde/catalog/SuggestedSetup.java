package org.sven4j.pde.catalog;

/**
 * Suggested ansatz and solver settings, as plain data (the lead's experiment code turns them into
 * {@code MlpOptions} and solver options).
 *
 * @param hiddenWidths MLP hidden layer widths
 * @param activation activation name, e.g. "tanh"
 * @param solver solver name, e.g. "sven"
 * @param maxIterations iteration budget
 * @param notes anything else (input normalisation, Fourier features, hard constraints, …)
 */
public record SuggestedSetup(int[] hiddenWidths, String activation, String solver, int maxIterations, String notes) {

    public SuggestedSetup {
        if (hiddenWidths == null || hiddenWidths.length == 0 || activation == null || solver == null || notes == null) {
            throw new IllegalArgumentException("suggested setup needs widths, activation, solver and notes");
        }
        for (int w : hiddenWidths) {
            if (w < 1) {
                throw new IllegalArgumentException("hidden width must be >= 1, got " + w);
            }
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        hiddenWidths = hiddenWidths.clone();
    }

    @Override
    public int[] hiddenWidths() {
        return hiddenWidths.clone();
    }
}
