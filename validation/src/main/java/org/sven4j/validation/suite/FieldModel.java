package org.sven4j.validation.suite;

import org.ejml.data.DMatrixRMaj;

/** The trained field as a function of the parameters: predictions at arbitrary points. */
@FunctionalInterface
interface FieldModel {
    /**
     * @param parameters the full parameter vector the solver works on
     * @param points n×d
     * @return n×m predictions, one row per point
     */
    DMatrixRMaj predict(double[] parameters, DMatrixRMaj points);
}
