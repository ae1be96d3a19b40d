package org.sven4j.validation.suite;

import java.util.function.Function;
import java.util.function.Predicate;
import org.ejml.data.DMatrixRMaj;

/**
 * What a 2-D solution/error map needs: the plotted rectangle, the axis names, membership in the domain
 * (points outside are left blank) and the reference solution at arbitrary points.
 *
 * @param xName name of input 0 (horizontal axis)
 * @param yName name of input 1 (vertical axis)
 * @param lower lower corner of the rectangle, length 2
 * @param upper upper corner of the rectangle, length 2
 * @param contains whether a point belongs to the domain
 * @param reference n×2 points → n×m reference values
 * @param field the name of the output field that is mapped (output 0)
 */
public record MapDomain(String xName, String yName, double[] lower, double[] upper, Predicate<double[]> contains,
        Function<DMatrixRMaj, DMatrixRMaj> reference, String field) {

    public MapDomain {
        if (lower == null || upper == null || lower.length != 2 || upper.length != 2) {
            throw new IllegalArgumentException("a map needs 2-D corners");
        }
        for (int i = 0; i < 2; i++) {
            if (!(upper[i] > lower[i])) {
                throw new IllegalArgumentException("map rectangle is empty along axis " + i + ": [" + lower[i] + ", "
                        + upper[i] + "]");
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
