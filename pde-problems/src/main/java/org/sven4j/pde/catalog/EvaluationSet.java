package org.sven4j.pde.catalog;

import java.util.List;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;

/**
 * A held-out evaluation set: n×d points (a tensor grid restricted to the domain, independent of the
 * collocation points) and the n×m reference values there.
 *
 * @param points n×d
 * @param values n×m
 * @param fields the m field names
 */
public record EvaluationSet(DMatrixRMaj points, DMatrixRMaj values, List<String> fields) {

    public EvaluationSet {
        if (points.numRows != values.numRows || values.numCols != fields.size()) {
            throw new IllegalArgumentException("evaluation set shapes disagree: points " + points.numRows
                    + " rows, values " + values.numRows + "x" + values.numCols + ", " + fields.size() + " fields");
        }
        fields = List.copyOf(fields);
    }

    /**
     * @param model maps the n×d points to n×m predictions
     * @return the errors of the model on this set
     */
    public ErrorReport evaluate(Function<DMatrixRMaj, DMatrixRMaj> model) {
        return Metrics.errors(model.apply(points), values, fields);
    }
}
