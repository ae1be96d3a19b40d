package org.sven4j.lsq;

/**
 * A named range of consecutive residual rows [start, start + count).
 *
 * @param name a label for reports, for example "interior" or "boundary"
 * @param start the first row
 * @param count the number of rows, at least 1
 */
public record RowBlock(String name, int start, int count) {
    public RowBlock {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("row block needs a name");
        }
        if (start < 0 || count < 1) {
            throw new IllegalArgumentException("row block '" + name + "' has start " + start + " and count " + count
                    + "; need start >= 0 and count >= 1");
        }
    }

    /** @return ½ Σ rᵢ² over this block's rows of {@code residuals}. */
    public double cost(double[] residuals) {
        double s = 0;
        for (int i = start; i < start + count; i++) {
            s += residuals[i] * residuals[i];
        }
        return 0.5 * s;
    }
}
