package org.sven4j.pde.reference;

import java.util.function.DoubleUnaryOperator;

/**
 * A classical reference solver for the periodic Allen–Cahn equation
 * u_t = ε u_xx + a (u − u³) on x ∈ [−1, 1) (period 2), t ∈ [0, T]: Fourier pseudo-spectral in space
 * (N equispaced points x_j = −1 + 2j/N, wavenumbers k = πm) and ETDRK4 in time (Cox &amp; Matthews 2002)
 * with the coefficient functions computed by the contour-integral method of Kassam &amp; Trefethen
 * (SIAM J. Sci. Comput. 26, 2005; 64 points on the circle of radius 1 around each hL).
 *
 * <p>The linear part L = a − εk² is diagonal in Fourier space and treated exactly; the nonlinearity
 * N(u) = −a u³ is evaluated in physical space. The initial spectrum is the projection of u₀ computed
 * on an oversampled grid (see {@link #initialSpectrum}). Every {@code stride} steps a snapshot of the Fourier
 * coefficients of u, u_t = Lu + N(u) and u_tt = L u_t − 3a u² u_t (all computed spectrally) is stored.
 *
 * <p>Evaluation at (t, x): the Fourier series of u, u_t, u_tt at the two neighbouring snapshots (spectral
 * in x), combined by quintic Hermite interpolation in t (error O(Δt_snap⁶ ‖∂_t⁶u‖)). Cost O(N) per point.
 * At t = 0 the given u₀ is returned exactly. The benchmark's u₀ has a kink of u₀' at x = ±1, so the
 * N-mode spectrum misses an O(N⁻²) tail that diffusion removes at the rate e^{−εk²t}: for t below a few
 * 10⁻³ the values next to x = ±1 carry up to about 4·10⁻⁵ of that truncation (N = 2048); from t ≈ 0.01 on
 * it is estimated (not measured) below 10⁻⁹. Measured accuracies are stated in the tests and in {@link #benchmark()}.
 */
public final class AllenCahnEtdrk4 {
    private static final int CONTOUR_POINTS = 64;
    private static final int OVERSAMPLED = 1 << 18;

    private final int n;
    private final double dtSnap;
    private final double[][] uRe;
    private final double[][] uIm;
    private final double[][] utRe;
    private final double[][] utIm;
    private final double[][] uttRe;
    private final double[][] uttIm;
    private final double endTime;
    private final DoubleUnaryOperator initial;

    /**
     * Solves the problem.
     *
     * @param eps diffusion ε &gt; 0
     * @param a reaction rate a
     * @param u0 the initial condition on [−1, 1), 2-periodic
     * @param n grid points, a power of two ≥ 16
     * @param steps time steps M ≥ 1, h = T/M
     * @param stride snapshot every {@code stride} steps; must divide {@code steps}
     * @param endTime T &gt; 0
     */
    public AllenCahnEtdrk4(double eps, double a, DoubleUnaryOperator u0, int n, int steps, int stride, double endTime) {
        if (!(eps > 0) || !Double.isFinite(a) || !(endTime > 0)) {
            throw new IllegalArgumentException("Allen-Cahn needs eps > 0, finite a and T > 0; got eps=" + eps + ", a="
                    + a + ", T=" + endTime);
        }
        if (n < 16 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("grid size n must be a power of two >= 16, got " + n);
        }
        if (steps < 1 || stride < 1 || steps % stride != 0) {
            throw new IllegalArgumentException("steps must be >= 1 and a multiple of stride; got steps=" + steps
                    + ", stride=" + stride);
        }
        this.n = n;
        this.endTime = endTime;
        this.initial = u0;
        double h = endTime / steps;
        this.dtSnap = h * stride;
        int snaps = steps / stride + 1;
        int half = n / 2 + 1;
        uRe = new double[snaps][half];
        uIm = new double[snaps][half];
        utRe = new double[snaps][half];
        utIm = new double[snaps][half];
        uttRe = new double[snaps][half];
        uttIm = new double[snaps][half];

        double[] k2 = new double[n];
        double[] lin = new double[n];
        double[] e = new double[n];
        double[] e2 = new double[n];
        double[] q = new double[n];
        double[] f1 = new double[n];
        double[] f2 = new double[n];
        double[] f3 = new double[n];
        for (int j = 0; j < n; j++) {
            int m = j <= n / 2 ? j : j - n;
            double k = Math.PI * m;
            k2[j] = k * k;
            lin[j] = a - eps * k2[j];
            double hl = h * lin[j];
            e[j] = Math.exp(hl);
            e2[j] = Math.exp(hl / 2);
            double[] c = contourCoefficients(hl);
            q[j] = h * c[0];
            f1[j] = h * c[1];
            f2[j] = h * c[2];
            f3[j] = h * c[3];
        }
        Fft fft = new Fft(n);
        double[] vr = new double[n];
        double[] vi = new double[n];
        initialSpectrum(u0, vr, vi);
        double[] nvr = new double[n];
        double[] nvi = new double[n];
        double[] ar = new double[n];
        double[] ai = new double[n];
        double[] nar = new double[n];
        double[] nai = new double[n];
        double[] br = new double[n];
        double[] bi = new double[n];
        double[] nbr = new double[n];
        double[] nbi = new double[n];
        double[] cr = new double[n];
        double[] ci = new double[n];
        double[] ncr = new double[n];
        double[] nci = new double[n];
        double[] wr = new double[n];
        double[] wi = new double[n];
        store(0, vr, vi, k2, eps, a, fft, wr, wi);
        for (int step = 1; step <= steps; step++) {
            nonlinear(vr, vi, nvr, nvi, a, fft, wr, wi);
            for (int j = 0; j < n; j++) {
                ar[j] = e2[j] * vr[j] + q[j] * nvr[j];
                ai[j] = e2[j] * vi[j] + q[j] * nvi[j];
            }
            nonlinear(ar, ai, nar, nai, a, fft, wr, wi);
            for (int j = 0; j < n; j++) {
                br[j] = e2[j] * vr[j] + q[j] * nar[j];
                bi[j] = e2[j] * vi[j] + q[j] * nai[j];
            }
            nonlinear(br, bi, nbr, nbi, a, fft, wr, wi);
            for (int j = 0; j < n; j++) {
                cr[j] = e2[j] * ar[j] + q[j] * (2 * nbr[j] - nvr[j]);
                ci[j] = e2[j] * ai[j] + q[j] * (2 * nbi[j] - nvi[j]);
            }
            nonlinear(cr, ci, ncr, nci, a, fft, wr, wi);
            for (int j = 0; j < n; j++) {
                vr[j] = e[j] * vr[j] + nvr[j] * f1[j] + 2 * (nar[j] + nbr[j]) * f2[j] + ncr[j] * f3[j];
                vi[j] = e[j] * vi[j] + nvi[j] * f1[j] + 2 * (nai[j] + nbi[j]) * f2[j] + nci[j] * f3[j];
            }
            if (step % stride == 0) {
                store(step / stride, vr, vi, k2, eps, a, fft, wr, wi);
            }
        }
    }

    /**
     * The benchmark of the catalog: ε = 10⁻⁴, a = 5, u₀ = x² cos(πx), T = 1, N = 2048, h = 5·10⁻⁴,
     * snapshots every 10⁻³ (about 50 MB).
     */
    public static AllenCahnEtdrk4 benchmark() {
        return new AllenCahnEtdrk4(1e-4, 5, x -> x * x * Math.cos(Math.PI * x), 2048, 2000, 2, 1.0);
    }

    /**
     * The Fourier coefficients of u₀, from an oversampled grid of M = max(N, 2¹⁸) points: the benchmark's
     * u₀ = x² cos(πx) has a jump in u₀' at x = ±1, so interpolating it on N points would alias an
     * O(N⁻²) error into the low modes, which the dynamics keeps; the oversampled projection reduces
     * that to O(M⁻²).
     */
    private void initialSpectrum(DoubleUnaryOperator u0, double[] vr, double[] vi) {
        int m = Math.max(n, OVERSAMPLED);
        double[] fr = new double[m];
        double[] fi = new double[m];
        for (int l = 0; l < m; l++) {
            fr[l] = u0.applyAsDouble(-1 + 2.0 * l / m);
        }
        new Fft(m).forward(fr, fi);
        double scale = (double) n / m;
        for (int j = 0; j < n; j++) {
            int k = j <= n / 2 ? j : m - (n - j);
            vr[j] = fr[k] * scale;
            vi[j] = j == n / 2 ? 0 : fi[k] * scale;
        }
    }

    /** Φ-function coefficients {Q, f1, f2, f3}/h at z = hL by the mean over a circle around z. */
    private static double[] contourCoefficients(double z) {
        double[] s = new double[4];
        for (int p = 0; p < CONTOUR_POINTS; p++) {
            double th = Math.PI * (p + 0.5) / CONTOUR_POINTS * 2;
            double lr = z + Math.cos(th);
            double li = Math.sin(th);
            double exr = Math.exp(lr) * Math.cos(li);
            double exi = Math.exp(lr) * Math.sin(li);
            double ehr = Math.exp(lr / 2) * Math.cos(li / 2);
            double ehi = Math.exp(lr / 2) * Math.sin(li / 2);
            double[] inv = inverse(lr, li);
            double[] inv3 = mul(mul(inv, inv), inv);
            // Q: (e^{L/2} − 1)/L
            s[0] += mul(new double[] {ehr - 1, ehi}, inv)[0];
            double l2r = lr * lr - li * li;
            double l2i = 2 * lr * li;
            // f1: (−4 − L + e^L(4 − 3L + L²))/L³
            double[] t1 = mul(new double[] {exr, exi}, new double[] {4 - 3 * lr + l2r, -3 * li + l2i});
            s[1] += mul(new double[] {-4 - lr + t1[0], -li + t1[1]}, inv3)[0];
            // f2: (2 + L + e^L(−2 + L))/L³
            double[] t2 = mul(new double[] {exr, exi}, new double[] {-2 + lr, li});
            s[2] += mul(new double[] {2 + lr + t2[0], li + t2[1]}, inv3)[0];
            // f3: (−4 − 3L − L² + e^L(4 − L))/L³
            double[] t3 = mul(new double[] {exr, exi}, new double[] {4 - lr, -li});
            s[3] += mul(new double[] {-4 - 3 * lr - l2r + t3[0], -3 * li - l2i + t3[1]}, inv3)[0];
        }
        for (int i = 0; i < 4; i++) {
            s[i] /= CONTOUR_POINTS;
        }
        return s;
    }

    private static double[] mul(double[] x, double[] y) {
        return new double[] {x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]};
    }

    private static double[] inverse(double r, double i) {
        double d = r * r + i * i;
        return new double[] {r / d, -i / d};
    }

    /** Fourier coefficients of −a u³ for the spectrum (vr, vi). */
    private void nonlinear(double[] vr, double[] vi, double[] outR, double[] outI, double a, Fft fft, double[] wr,
            double[] wi) {
        System.arraycopy(vr, 0, wr, 0, n);
        System.arraycopy(vi, 0, wi, 0, n);
        fft.inverse(wr, wi);
        for (int j = 0; j < n; j++) {
            double u = wr[j];
            outR[j] = -a * u * u * u;
            outI[j] = 0;
        }
        fft.forward(outR, outI);
    }

    private void store(int s, double[] vr, double[] vi, double[] k2, double eps, double a, Fft fft, double[] wr,
            double[] wi) {
        double[] nr = new double[n];
        double[] ni = new double[n];
        nonlinear(vr, vi, nr, ni, a, fft, wr, wi);
        double[] tr = new double[n];
        double[] ti = new double[n];
        for (int j = 0; j < n; j++) {
            double l = a - eps * k2[j];
            tr[j] = l * vr[j] + nr[j];
            ti[j] = l * vi[j] + ni[j];
        }
        // u_tt = L u_t − 3a u² u_t, the product formed in physical space.
        double[] ur = vr.clone();
        double[] ui = vi.clone();
        fft.inverse(ur, ui);
        double[] pr = tr.clone();
        double[] pi = ti.clone();
        fft.inverse(pr, pi);
        for (int j = 0; j < n; j++) {
            pr[j] = -3 * a * ur[j] * ur[j] * pr[j];
            pi[j] = 0;
        }
        fft.forward(pr, pi);
        for (int j = 0; j <= n / 2; j++) {
            double l = a - eps * k2[j];
            uRe[s][j] = vr[j];
            uIm[s][j] = vi[j];
            utRe[s][j] = tr[j];
            utIm[s][j] = ti[j];
            uttRe[s][j] = l * tr[j] + pr[j];
            uttIm[s][j] = l * ti[j] + pi[j];
        }
    }

    /** @return N */
    public int gridSize() {
        return n;
    }

    /** @return the snapshot spacing Δt_snap */
    public double snapshotSpacing() {
        return dtSnap;
    }

    /** @return T */
    public double endTime() {
        return endTime;
    }

    /**
     * @param t time in [0, T]
     * @param x position (any real; the solution is 2-periodic)
     * @return u(t, x)
     */
    public double value(double t, double x) {
        if (!(t >= 0 && t <= endTime * (1 + 1e-12)) || !Double.isFinite(x)) {
            throw new IllegalArgumentException("Allen-Cahn reference defined for t in [0, " + endTime
                    + "] and finite x; got t=" + t + ", x=" + x);
        }
        if (t == 0) {
            return initial.applyAsDouble(x - 2 * Math.floor((x + 1) / 2));
        }
        int last = uRe.length - 1;
        int j = Math.min(last - 1, (int) Math.floor(t / dtSnap));
        if (last == 0) {
            return series(uRe[0], uIm[0], x);
        }
        double s = (t - j * dtSnap) / dtSnap;
        double h2 = dtSnap * dtSnap;
        double p0 = series(uRe[j], uIm[j], x);
        double p1 = series(uRe[j + 1], uIm[j + 1], x);
        double d0 = series(utRe[j], utIm[j], x) * dtSnap;
        double d1 = series(utRe[j + 1], utIm[j + 1], x) * dtSnap;
        double c0 = series(uttRe[j], uttIm[j], x) * h2;
        double c1 = series(uttRe[j + 1], uttIm[j + 1], x) * h2;
        double s2 = s * s;
        double s3 = s2 * s;
        double s4 = s3 * s;
        double s5 = s4 * s;
        return (1 - 10 * s3 + 15 * s4 - 6 * s5) * p0 + (s - 6 * s3 + 8 * s4 - 3 * s5) * d0
                + 0.5 * (s2 - 3 * s3 + 3 * s4 - s5) * c0 + 0.5 * (s3 - 2 * s4 + s5) * c1
                + (-4 * s3 + 7 * s4 - 3 * s5) * d1 + (10 * s3 - 15 * s4 + 6 * s5) * p1;
    }

    /** The trigonometric interpolant (1/N) Σ_m c_m e^{iπm(x+1)} over m = −N/2+1 … N/2, real part. */
    private double series(double[] re, double[] im, double x) {
        double th = Math.PI * (x + 1);
        double cr = Math.cos(th);
        double ci = Math.sin(th);
        double er = 1;
        double ei = 0;
        double sum = re[0];
        int half = n / 2;
        for (int m = 1; m <= half; m++) {
            if ((m & 63) == 0) {
                er = Math.cos(m * th);
                ei = Math.sin(m * th);
            } else {
                double t = er * cr - ei * ci;
                ei = er * ci + ei * cr;
                er = t;
            }
            double w = m == half ? 1 : 2;
            sum += w * (re[m] * er - im[m] * ei);
        }
        return sum / n;
    }
}
