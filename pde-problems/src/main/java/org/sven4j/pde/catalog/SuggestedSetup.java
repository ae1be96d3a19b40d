package org.sven4j.pde.catalog;

/**
 * The MLP an entry suggests ({@link BenchmarkProblem#ansatz(String, long)} builds it).
 *
 * @param hiddenWidths MLP hidden layer widths, each ≥ 1
 * @param activation activation name, e.g. "tanh"
 */
public record SuggestedSetup(int[] hiddenWidths, String activation) {

    public SuggestedSetup {
        if (hiddenWidths == null || hiddenWidths.length == 0 || activation == null) {
            throw new IllegalArgumentException("suggested setup needs hidden widths and an activation");
        }
        for (int w : hiddenWidths) {
            if (w < 1) {
                throw new IllegalArgumentException("hidden width must be >= 1, got " + w);
            }
        }
        hiddenWidths = hiddenWidths.clone();
    }

    @Override
    public int[] hiddenWidths() {
        return hiddenWidths.clone();
    }
}
