package org.sven4j.validation.nist;

import java.util.Locale;
import org.hipparchus.CalculusFieldElement;

/**
 * The 25 NIST StRD nonlinear regression models y = f(x; b), transcribed from the file headers,
 * written once over a generic {@link CalculusFieldElement} so that the same code gives plain
 * values ({@link org.hipparchus.util.Binary64}) and exact forward-mode derivatives
 * ({@link org.hipparchus.analysis.differentiation.Gradient}). Parameters are 0-based here:
 * {@code b[0]} is NIST's b1. Cost per evaluation: O(1) field operations, each O(P) for a Gradient.
 */
public enum NistModel {
    /** y = b1·(1 − exp(−b2·x)). */
    MISRA1A(2) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].multiply(b[1].multiply(-x).exp().negate().add(1));
        }
    },
    /** y = exp(−b1·x) / (b2 + b3·x). */
    CHWIRUT2(3) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return chwirut(x, b);
        }
    },
    /** y = exp(−b1·x) / (b2 + b3·x). */
    CHWIRUT1(3) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return chwirut(x, b);
        }
    },
    /** y = b1·exp(−b2·x) + b3·exp(−b4·x) + b5·exp(−b6·x). */
    LANCZOS3(6) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return lanczos(x, b);
        }
    },
    /** y = b1·exp(−b2·x) + b3·exp(−(x − b4)²/b5²) + b6·exp(−(x − b7)²/b8²). */
    GAUSS1(8) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return gauss(x, b);
        }
    },
    /** y = b1·exp(−b2·x) + b3·exp(−(x − b4)²/b5²) + b6·exp(−(x − b7)²/b8²). */
    GAUSS2(8) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return gauss(x, b);
        }
    },
    /** y = b1·x^b2, evaluated as b1·exp(b2·ln x) (x &gt; 0 in the data). */
    DANWOOD(2) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].multiply(b[1].multiply(Math.log(x)).exp());
        }
    },
    /** y = b1·(1 − (1 + b2·x/2)^(−2)). */
    MISRA1B(2) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].multiply(b[1].multiply(0.5 * x).add(1).pow(-2).negate().add(1));
        }
    },
    /** y = (b1 + b2·x + b3·x²) / (1 + b4·x + b5·x²). */
    KIRBY2(5) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            T num = b[0].add(b[1].multiply(x)).add(b[2].multiply(x * x));
            T den = b[3].multiply(x).add(b[4].multiply(x * x)).add(1);
            return num.divide(den);
        }
    },
    /** y = (b1 + b2·x + b3·x² + b4·x³) / (1 + b5·x + b6·x² + b7·x³). */
    HAHN1(7) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return cubicOverCubic(x, b);
        }
    },
    /** y = b1 + b2·exp(−x·b4) + b3·exp(−x·b5). */
    MGH17(5) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].add(b[1].multiply(b[3].multiply(-x).exp())).add(b[2].multiply(b[4].multiply(-x).exp()));
        }
    },
    /** y = b1·exp(−b2·x) + b3·exp(−b4·x) + b5·exp(−b6·x). */
    LANCZOS1(6) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return lanczos(x, b);
        }
    },
    /** y = b1·exp(−b2·x) + b3·exp(−b4·x) + b5·exp(−b6·x). */
    LANCZOS2(6) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return lanczos(x, b);
        }
    },
    /** y = b1·exp(−b2·x) + b3·exp(−(x − b4)²/b5²) + b6·exp(−(x − b7)²/b8²). */
    GAUSS3(8) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return gauss(x, b);
        }
    },
    /** y = b1·(1 − (1 + 2·b2·x)^(−1/2)). */
    MISRA1C(2) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].multiply(b[1].multiply(2 * x).add(1).sqrt().reciprocal().negate().add(1));
        }
    },
    /** y = b1·b2·x / (1 + b2·x). */
    MISRA1D(2) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            T b2x = b[1].multiply(x);
            return b[0].multiply(b2x).divide(b2x.add(1));
        }
    },
    /**
     * y = b1 + b2·cos(2πx/12) + b3·sin(2πx/12) + b5·cos(2πx/b4) + b6·sin(2πx/b4) + b8·cos(2πx/b7)
     * + b9·sin(2πx/b7).
     */
    ENSO(9) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            double annual = 2 * Math.PI * x / 12;
            T a4 = b[3].reciprocal().multiply(2 * Math.PI * x);
            T a7 = b[6].reciprocal().multiply(2 * Math.PI * x);
            return b[0].add(b[1].multiply(Math.cos(annual))).add(b[2].multiply(Math.sin(annual)))
                    .add(b[4].multiply(a4.cos())).add(b[5].multiply(a4.sin()))
                    .add(b[7].multiply(a7.cos())).add(b[8].multiply(a7.sin()));
        }
    },
    /** y = b1·(x² + x·b2) / (x² + x·b3 + b4). */
    MGH09(4) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            T num = b[1].multiply(x).add(x * x).multiply(b[0]);
            T den = b[2].multiply(x).add(b[3]).add(x * x);
            return num.divide(den);
        }
    },
    /** y = (b1 + b2·x + b3·x² + b4·x³) / (1 + b5·x + b6·x² + b7·x³). */
    THURBER(7) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return cubicOverCubic(x, b);
        }
    },
    /** y = b1·(1 − exp(−b2·x)). */
    BOXBOD(2) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].multiply(b[1].multiply(-x).exp().negate().add(1));
        }
    },
    /** y = b1 / (1 + exp(b2 − b3·x)). */
    RAT42(3) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].divide(b[1].subtract(b[2].multiply(x)).exp().add(1));
        }
    },
    /** y = b1·exp(b2 / (x + b3)). */
    MGH10(3) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].multiply(b[1].divide(b[2].add(x)).exp());
        }
    },
    /** y = (b1/b2)·exp(−½·((x − b3)/b2)²). */
    ECKERLE4(3) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            T z = b[2].negate().add(x).divide(b[1]);
            return b[0].divide(b[1]).multiply(z.square().multiply(-0.5).exp());
        }
    },
    /** y = b1 / (1 + exp(b2 − b3·x))^(1/b4). */
    RAT43(4) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            T base = b[1].subtract(b[2].multiply(x)).exp().add(1);
            return b[0].divide(base.pow(b[3].reciprocal()));
        }
    },
    /** y = b1·(b2 + x)^(−1/b3). */
    BENNETT5(3) {
        @Override
        public <T extends CalculusFieldElement<T>> T value(double x, T[] b) {
            return b[0].multiply(b[1].add(x).pow(b[2].reciprocal().negate()));
        }
    };

    private final int parameterCount;

    NistModel(int parameterCount) {
        this.parameterCount = parameterCount;
    }

    /** @return P, the number of parameters b1..bP */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Evaluates f(x; b).
     *
     * @param x the predictor
     * @param b the parameters, length {@link #parameterCount()} (b[0] is NIST's b1)
     * @param <T> the field: {@code Binary64} for values, {@code Gradient} for values and ∂f/∂b
     * @return f(x; b)
     */
    public abstract <T extends CalculusFieldElement<T>> T value(double x, T[] b);

    /**
     * @param datasetName a NIST dataset name such as {@code "Misra1a"} (case-insensitive)
     * @return its model
     * @throws IllegalArgumentException if no model has that name
     */
    public static NistModel forDataset(String datasetName) {
        for (NistModel m : values()) {
            if (m.name().equalsIgnoreCase(datasetName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no NIST model for dataset '" + datasetName + "'");
    }

    /** @return the dataset name as NIST spells it, for example {@code "Misra1a"} or {@code "MGH09"} */
    public String datasetName() {
        String n = name();
        if (n.startsWith("MGH") || n.equals("ENSO")) {
            return n;
        }
        if (n.equals("DANWOOD")) {
            return "DanWood";
        }
        if (n.equals("BOXBOD")) {
            return "BoxBOD";
        }
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    private static <T extends CalculusFieldElement<T>> T chwirut(double x, T[] b) {
        return b[0].multiply(-x).exp().divide(b[1].add(b[2].multiply(x)));
    }

    private static <T extends CalculusFieldElement<T>> T lanczos(double x, T[] b) {
        return b[0].multiply(b[1].multiply(-x).exp())
                .add(b[2].multiply(b[3].multiply(-x).exp()))
                .add(b[4].multiply(b[5].multiply(-x).exp()));
    }

    private static <T extends CalculusFieldElement<T>> T gauss(double x, T[] b) {
        T d1 = b[3].negate().add(x);
        T d2 = b[6].negate().add(x);
        return b[0].multiply(b[1].multiply(-x).exp())
                .add(b[2].multiply(d1.square().divide(b[4].square()).negate().exp()))
                .add(b[5].multiply(d2.square().divide(b[7].square()).negate().exp()));
    }

    private static <T extends CalculusFieldElement<T>> T cubicOverCubic(double x, T[] b) {
        double x2 = x * x;
        double x3 = x2 * x;
        T num = b[0].add(b[1].multiply(x)).add(b[2].multiply(x2)).add(b[3].multiply(x3));
        T den = b[4].multiply(x).add(b[5].multiply(x2)).add(b[6].multiply(x3)).add(1);
        return num.divide(den);
    }
}
