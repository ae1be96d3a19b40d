package org.sven4j.testproblems;

import org.hipparchus.CalculusFieldElement;

/**
 * Test functions of Moré, Garbow and Hillstrom, "Testing unconstrained optimization software",
 * ACM TOMS 7 (1981) 17–41, as residuals fᵢ(x) with F(x) = Σᵢ fᵢ(x)² (numbering as in the paper,
 * i = 1..m, written 0-based here). The minimum values F* in {@link MghProblems} are the paper's,
 * refined to more digits by solving each problem to convergence.
 */
public enum MghFunction implements FieldFunction {
    /** (1) Rosenbrock: f₁ = 10(x₂ − x₁²), f₂ = 1 − x₁. */
    ROSENBROCK(2, 2) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            r[0] = x[1].subtract(x[0].square()).multiply(10);
            r[1] = x[0].negate().add(1);
        }
    },
    /** (2) Freudenstein–Roth: f₁ = −13 + x₁ + ((5 − x₂)x₂ − 2)x₂, f₂ = −29 + x₁ + ((x₂ + 1)x₂ − 14)x₂. */
    FREUDENSTEIN_ROTH(2, 2) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            r[0] = x[0].add(x[1].negate().add(5).multiply(x[1]).subtract(2).multiply(x[1])).subtract(13);
            r[1] = x[0].add(x[1].add(1).multiply(x[1]).subtract(14).multiply(x[1])).subtract(29);
        }
    },
    /** (3) Powell badly scaled: f₁ = 10⁴x₁x₂ − 1, f₂ = exp(−x₁) + exp(−x₂) − 1.0001. */
    POWELL_BADLY_SCALED(2, 2) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            r[0] = x[0].multiply(x[1]).multiply(1e4).subtract(1);
            r[1] = x[0].negate().exp().add(x[1].negate().exp()).subtract(1.0001);
        }
    },
    /** (4) Brown badly scaled: f₁ = x₁ − 10⁶, f₂ = x₂ − 2·10⁻⁶, f₃ = x₁x₂ − 2. */
    BROWN_BADLY_SCALED(2, 3) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            r[0] = x[0].subtract(1e6);
            r[1] = x[1].subtract(2e-6);
            r[2] = x[0].multiply(x[1]).subtract(2);
        }
    },
    /** (5) Beale: fᵢ = yᵢ − x₁(1 − x₂ⁱ), y = (1.5, 2.25, 2.625). */
    BEALE(2, 3) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            double[] y = {1.5, 2.25, 2.625};
            for (int i = 0; i < 3; i++) {
                r[i] = x[0].multiply(x[1].pow(i + 1).negate().add(1)).negate().add(y[i]);
            }
        }
    },
    /** (6) Jennrich–Sampson, m = 10: fᵢ = 2 + 2i − (exp(i·x₁) + exp(i·x₂)). */
    JENNRICH_SAMPSON(2, 10) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            for (int i = 1; i <= 10; i++) {
                r[i - 1] = x[0].multiply(i).exp().add(x[1].multiply(i).exp()).negate().add(2 + 2 * i);
            }
        }
    },
    /**
     * (7) Helical valley: f₁ = 10(x₃ − 10θ), f₂ = 10(√(x₁² + x₂²) − 1), f₃ = x₃, with
     * 2πθ = arctan(x₂/x₁) for x₁ &gt; 0 and arctan(x₂/x₁) + π for x₁ &lt; 0 (undefined at x₁ = 0).
     */
    HELICAL_VALLEY(3, 3) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            T theta = x[1].divide(x[0]).atan().divide(2 * Math.PI);
            if (x[0].getReal() < 0) {
                theta = theta.add(0.5);
            }
            r[0] = x[2].subtract(theta.multiply(10)).multiply(10);
            r[1] = x[0].square().add(x[1].square()).sqrt().subtract(1).multiply(10);
            r[2] = x[2];
        }
    },
    /** (8) Bard: fᵢ = yᵢ − (x₁ + uᵢ/(vᵢx₂ + wᵢx₃)), uᵢ = i, vᵢ = 16 − i, wᵢ = min(uᵢ, vᵢ). */
    BARD(3, 15) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            double[] y = {0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39};
            for (int i = 1; i <= 15; i++) {
                double u = i;
                double v = 16 - i;
                double w = Math.min(u, v);
                r[i - 1] = x[0].add(x[1].multiply(v).add(x[2].multiply(w)).reciprocal().multiply(u)).negate().add(y[i - 1]);
            }
        }
    },
    /** (9) Gaussian: fᵢ = x₁·exp(−x₂(tᵢ − x₃)²/2) − yᵢ, tᵢ = (8 − i)/2. */
    GAUSSIAN(3, 15) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            double[] y = {0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521, 0.2420, 0.1295,
                0.0540, 0.0175, 0.0044, 0.0009};
            for (int i = 1; i <= 15; i++) {
                double t = (8 - i) / 2.0;
                r[i - 1] = x[0].multiply(x[1].multiply(x[2].negate().add(t).square()).multiply(-0.5).exp()).subtract(y[i - 1]);
            }
        }
    },
    /** (10) Meyer: fᵢ = x₁·exp(x₂/(tᵢ + x₃)) − yᵢ, tᵢ = 45 + 5i. */
    MEYER(3, 16) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            double[] y = {34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147, 4427, 3820,
                3307, 2872};
            for (int i = 1; i <= 16; i++) {
                double t = 45 + 5 * i;
                r[i - 1] = x[0].multiply(x[1].divide(x[2].add(t)).exp()).subtract(y[i - 1]);
            }
        }
    },
    /** (12) Box three-dimensional, m = 10: fᵢ = exp(−tᵢx₁) − exp(−tᵢx₂) − x₃(exp(−tᵢ) − exp(−10tᵢ)), tᵢ = 0.1i. */
    BOX_3D(3, 10) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            for (int i = 1; i <= 10; i++) {
                double t = 0.1 * i;
                r[i - 1] = x[0].multiply(-t).exp().subtract(x[1].multiply(-t).exp())
                        .subtract(x[2].multiply(Math.exp(-t) - Math.exp(-10 * t)));
            }
        }
    },
    /** (13) Powell singular: f₁ = x₁ + 10x₂, f₂ = √5(x₃ − x₄), f₃ = (x₂ − 2x₃)², f₄ = √10(x₁ − x₄)². */
    POWELL_SINGULAR(4, 4) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            r[0] = x[0].add(x[1].multiply(10));
            r[1] = x[2].subtract(x[3]).multiply(Math.sqrt(5));
            r[2] = x[1].subtract(x[2].multiply(2)).square();
            r[3] = x[0].subtract(x[3]).square().multiply(Math.sqrt(10));
        }
    },
    /**
     * (14) Wood: f₁ = 10(x₂ − x₁²), f₂ = 1 − x₁, f₃ = √90(x₄ − x₃²), f₄ = 1 − x₃,
     * f₅ = √10(x₂ + x₄ − 2), f₆ = (x₂ − x₄)/√10.
     */
    WOOD(4, 6) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            r[0] = x[1].subtract(x[0].square()).multiply(10);
            r[1] = x[0].negate().add(1);
            r[2] = x[3].subtract(x[2].square()).multiply(Math.sqrt(90));
            r[3] = x[2].negate().add(1);
            r[4] = x[1].add(x[3]).subtract(2).multiply(Math.sqrt(10));
            r[5] = x[1].subtract(x[3]).divide(Math.sqrt(10));
        }
    },
    /** (15) Kowalik–Osborne: fᵢ = yᵢ − x₁(uᵢ² + uᵢx₂)/(uᵢ² + uᵢx₃ + x₄). */
    KOWALIK_OSBORNE(4, 11) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            double[] y = {0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246};
            double[] u = {4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625};
            for (int i = 0; i < 11; i++) {
                double uu = u[i] * u[i];
                T num = x[1].multiply(u[i]).add(uu).multiply(x[0]);
                T den = x[2].multiply(u[i]).add(x[3]).add(uu);
                r[i] = num.divide(den).negate().add(y[i]);
            }
        }
    },
    /** (20) Watson, n = 6: see {@link #watson}. */
    WATSON_6(6, 31) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            watson(x, r);
        }
    },
    /** (20) Watson, n = 9: see {@link #watson}. */
    WATSON_9(9, 31) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            watson(x, r);
        }
    },
    /** (16) Brown–Dennis, m = 20: fᵢ = (x₁ + tᵢx₂ − exp(tᵢ))² + (x₃ + x₄sin(tᵢ) − cos(tᵢ))², tᵢ = i/5. */
    BROWN_DENNIS(4, 20) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            for (int i = 1; i <= 20; i++) {
                double t = i / 5.0;
                T a = x[0].add(x[1].multiply(t)).subtract(Math.exp(t));
                T b = x[2].add(x[3].multiply(Math.sin(t))).subtract(Math.cos(t));
                r[i - 1] = a.square().add(b.square());
            }
        }
    },
    /**
     * (18) Biggs EXP6, m = 13: fᵢ = x₃exp(−tᵢx₁) − x₄exp(−tᵢx₂) + x₆exp(−tᵢx₅) − yᵢ, tᵢ = 0.1i,
     * yᵢ = exp(−tᵢ) − 5exp(−10tᵢ) + 3exp(−4tᵢ).
     */
    BIGGS_EXP6(6, 13) {
        @Override
        public <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r) {
            for (int i = 1; i <= 13; i++) {
                double t = 0.1 * i;
                double y = Math.exp(-t) - 5 * Math.exp(-10 * t) + 3 * Math.exp(-4 * t);
                r[i - 1] = x[2].multiply(x[0].multiply(-t).exp()).subtract(x[3].multiply(x[1].multiply(-t).exp()))
                        .add(x[5].multiply(x[4].multiply(-t).exp())).subtract(y);
            }
        }
    };

    private final int n;
    private final int m;

    MghFunction(int n, int m) {
        this.n = n;
        this.m = m;
    }

    @Override
    public int variables() { return n; }

    @Override
    public int residuals() { return m; }

    /**
     * Watson, m = 31: for i = 1..29 with tᵢ = i/29,
     * fᵢ = Σ_{j=2..n} (j − 1)xⱼtᵢ^(j−2) − (Σ_{j=1..n} xⱼtᵢ^(j−1))² − 1; f₃₀ = x₁, f₃₁ = x₂ − x₁² − 1.
     */
    static <T extends CalculusFieldElement<T>> void watson(T[] x, T[] r) {
        int n = x.length;
        for (int i = 1; i <= 29; i++) {
            double t = i / 29.0;
            T s1 = x[0].getField().getZero();
            double tp = 1;
            for (int j = 2; j <= n; j++) {
                s1 = s1.add(x[j - 1].multiply((j - 1) * tp));
                tp *= t;
            }
            T s2 = x[0].getField().getZero();
            tp = 1;
            for (int j = 1; j <= n; j++) {
                s2 = s2.add(x[j - 1].multiply(tp));
                tp *= t;
            }
            r[i - 1] = s1.subtract(s2.square()).subtract(1);
        }
        r[29] = x[0];
        r[30] = x[1].subtract(x[0].square()).subtract(1);
    }
}
