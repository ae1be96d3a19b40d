package org.sven4j.pde.catalog;

import java.util.List;

/**
 * Errors per output field.
 *
 * @param fields the field names
 * @param relativeL2 ‖u_pred − u_ref‖₂ / ‖u_ref‖₂ over the evaluation points, per field
 * @param maxAbs max |u_pred − u_ref| per field
 */
public record ErrorReport(List<String> fields, double[] relativeL2, double[] maxAbs) {

    public ErrorReport {
        fields = List.copyOf(fields);
        relativeL2 = relativeL2.clone();
        maxAbs = maxAbs.clone();
    }

    @Override
    public double[] relativeL2() {
        return relativeL2.clone();
    }

    @Override
    public double[] maxAbs() {
        return maxAbs.clone();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < fields.size(); k++) {
            sb.append(k > 0 ? ", " : "").append(String.format("%s: relL2=%.3e maxAbs=%.3e", fields.get(k),
                    relativeL2[k], maxAbs[k]));
        }
        return sb.toString();
    }
}
