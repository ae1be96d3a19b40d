package org.sven4j.validation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sven4j.validation.suite.FieldMap;
import org.sven4j.validation.suite.HistoryPoint;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.SolverId;
import org.sven4j.validation.suite.Spectrum;

/**
 * The report's charts, drawn with XChart into PNG: for each problem × ansatz, the relative L2 error and
 * the loss against iteration and against wall time (every solver on the same log–log axes, the first
 * seed of each solver), the singular-value spectra Sven saw, and for 2-D problems the reference solution
 * and each solver's error map (log₁₀|u − u_ref|).
 */
final class Charts {
    static final int WIDTH = 640;
    static final int HEIGHT = 420;
    static final int MAP_SIZE = 340;
    /** Every second node of the run's map grid is drawn. */
    static final int MAP_STRIDE = 2;

    private static final Map<SolverId, Color> COLORS = Map.of(
            SolverId.SVEN, new Color(0xd6, 0x27, 0x28),
            SolverId.SVEN_LM, new Color(0xff, 0x7f, 0x0e),
            SolverId.ADAM, new Color(0x1f, 0x77, 0xb4),
            SolverId.LBFGS, new Color(0x2c, 0xa0, 0x2c),
            SolverId.ADAM_LBFGS, new Color(0x94, 0x67, 0xbd),
            SolverId.HIPPARCHUS_LM, new Color(0x8c, 0x56, 0x4b));

    /** Viridis, sampled at 9 points. */
    private static final Color[] VIRIDIS = {new Color(0x44, 0x01, 0x54), new Color(0x47, 0x2c, 0x7a),
        new Color(0x3b, 0x51, 0x8b), new Color(0x2c, 0x71, 0x8e), new Color(0x21, 0x90, 0x8d),
        new Color(0x27, 0xad, 0x81), new Color(0x5c, 0xc8, 0x63), new Color(0xaa, 0xdc, 0x32),
        new Color(0xfd, 0xe7, 0x25)};

    private Charts() {
    }

    /**
     * @param results all results of one problem × ansatz
     * @param prefix file-name prefix, e.g. "poisson2d-mlp"
     * @param title title prefix, e.g. "poisson2d / mlp"
     * @return the figures (none when no run took place)
     */
    public static List<Figure> forGroup(List<RunResult> results, String prefix, String title) {
        List<RunResult> firsts = firstSeedPerSolver(results);
        List<Figure> out = new ArrayList<>();
        if (firsts.isEmpty()) {
            return out;
        }
        out.add(curve(firsts, prefix + "-error-vs-iteration.png", title + ": relative L2 error vs iteration",
                "iteration", "relative L2 error", h -> h.iteration(), HistoryPoint::relativeL2));
        out.add(curve(firsts, prefix + "-error-vs-time.png", title + ": relative L2 error vs wall time",
                "wall time [s]", "relative L2 error", HistoryPoint::seconds, HistoryPoint::relativeL2));
        out.add(curve(firsts, prefix + "-loss-vs-iteration.png", title + ": loss ½‖r‖² vs iteration", "iteration",
                "loss", h -> h.iteration(), HistoryPoint::loss));
        out.add(curve(firsts, prefix + "-loss-vs-time.png", title + ": loss ½‖r‖² vs wall time", "wall time [s]",
                "loss", HistoryPoint::seconds, HistoryPoint::loss));
        firsts.stream().filter(r -> !r.spectra().isEmpty())
                .min(Comparator.comparing(r -> r.spec().solver().ordinal()))
                .ifPresent(r -> out.add(spectrum(r, prefix + "-spectrum.png",
                        title + ": singular values seen by " + r.spec().solver().id())));
        List<RunResult> mapped = firsts.stream().filter(r -> r.map() != null).toList();
        if (!mapped.isEmpty()) {
            FieldMap ref = mapped.get(0).map();
            out.add(heat(ref.reference(), ref, prefix + "-solution.png",
                    title + ": reference " + ref.field(), ref.field(), false));
            for (RunResult r : mapped) {
                out.add(heat(r.map().absoluteError(), r.map(), prefix + "-error-" + r.spec().solver().id() + ".png",
                        title + ": log10 |error| of " + r.spec().solver().id(), "log10 |error|", true));
            }
        }
        return out;
    }

    /** @return per solver, the run with the lowest seed that took place, in solver order */
    static List<RunResult> firstSeedPerSolver(List<RunResult> results) {
        Map<SolverId, RunResult> m = new LinkedHashMap<>();
        results.stream().filter(RunResult::ran)
                .sorted(Comparator.comparing((RunResult r) -> r.spec().solver().ordinal())
                        .thenComparingLong(r -> r.spec().seed()))
                .forEach(r -> m.putIfAbsent(r.spec().solver(), r));
        return List.copyOf(m.values());
    }

    static Figure curve(List<RunResult> runs, String file, String title, String xLabel, String yLabel,
            ToDoubleFunction<HistoryPoint> fx, ToDoubleFunction<HistoryPoint> fy) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        style(c);
        c.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
        int added = 0;
        for (RunResult r : runs) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (HistoryPoint h : r.history()) {
                double x = fx.applyAsDouble(h);
                double y = fy.applyAsDouble(h);
                if (x > 0 && y > 0 && Double.isFinite(x) && Double.isFinite(y)) {
                    xs.add(x);
                    ys.add(y);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries s = c.addSeries(r.spec().solver().id(), xs, ys);
            s.setLineColor(COLORS.get(r.spec().solver()));
            s.setMarkerColor(COLORS.get(r.spec().solver()));
            s.setLineStyle(new BasicStroke(2f));
            s.setMarker(xs.size() <= 5 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            added++;
        }
        if (added == 0) {
            c.getStyler().setXAxisLogarithmic(false).setYAxisLogarithmic(false);
            c.addSeries("no data", new double[] {0}, new double[] {0});
        }
        return new Figure(file, title, png(c));
    }

    static Figure spectrum(RunResult r, String file, String title) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("index i")
                .yAxisTitle("σ_i / σ_1").build();
        style(c);
        c.getStyler().setYAxisLogarithmic(true);
        List<Spectrum> chosen = pick(r.spectra(), 5);
        for (int k = 0; k < chosen.size(); k++) {
            Spectrum s = chosen.get(k);
            double[] sv = s.singularValues();
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < sv.length; i++) {
                if (sv[i] > 0 && sv[0] > 0) {
                    xs.add((double) (i + 1));
                    ys.add(sv[i] / sv[0]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries series = c.addSeries("iteration " + s.iteration() + " (k = " + sv.length + ")", xs, ys);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(VIRIDIS[Math.min(VIRIDIS.length - 1, k * (VIRIDIS.length - 1) / Math.max(1,
                    chosen.size() - 1))]);
            series.setLineStyle(new BasicStroke(2f));
        }
        if (c.getSeriesMap().isEmpty()) {
            c.getStyler().setYAxisLogarithmic(false);
            c.addSeries("no data", new double[] {0}, new double[] {0});
        }
        return new Figure(file, title, png(c));
    }

    /** @return at most n entries, evenly spread, always the first and the last */
    static <T> List<T> pick(List<T> all, int n) {
        if (all.size() <= n) {
            return all;
        }
        List<T> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(all.get((int) Math.round((double) k * (all.size() - 1) / (n - 1))));
        }
        return out;
    }

    static Figure heat(double[][] values, FieldMap grid, String file, String title, String legend, boolean log10) {
        HeatMapChart c = new HeatMapChartBuilder().width(MAP_SIZE + 150).height(MAP_SIZE + 60).title(title)
                .xAxisTitle(grid.xName()).yAxisTitle(grid.yName()).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE).setPlotBorderVisible(false)
                .setChartTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12))
                .setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setRangeColors(VIRIDIS).setShowValue(false).setDrawBorder(false);
        c.getStyler().setPlotGridLinesVisible(false);
        c.getStyler().setHeatMapValueDecimalPattern("0.###");
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        double[] x = grid.x();
        double[] y = grid.y();
        for (int i = 0; i < x.length; i += MAP_STRIDE) {
            xs.add(label(x[i], i, x.length));
        }
        for (int j = 0; j < y.length; j += MAP_STRIDE) {
            ys.add(label(y[j], j, y.length));
        }
        List<Number[]> cells = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0, jj = 0; j < y.length; j += MAP_STRIDE, jj++) {
            for (int i = 0, ii = 0; i < x.length; i += MAP_STRIDE, ii++) {
                double v = values[j][i];
                if (log10) {
                    v = Math.log10(Math.max(v, 1e-300));
                }
                if (Double.isFinite(v)) {
                    cells.add(new Number[] {ii, jj, v});
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (cells.isEmpty()) {
            cells.add(new Number[] {0, 0, 0.0});
            lo = 0;
            hi = 1;
        }
        if (log10) {
            hi = Math.ceil(hi);
            lo = Math.max(Math.floor(lo), hi - 8);
        } else {
            double scale = Math.pow(10, Math.floor(Math.log10(Math.max(Math.abs(lo), Math.abs(hi)) + 1e-300)) - 1);
            lo = Math.floor(lo / scale) * scale;
            hi = Math.ceil(hi / scale) * scale;
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        c.getStyler().setMin(lo).setMax(hi);
        c.addSeries(legend, xs, ys, cells);
        c.getStyler().setXAxisMaxLabelCount(5);
        return new Figure(file, title, png(c));
    }

    /** Axis label of a map grid: the coordinate at the ends and every quarter, blank elsewhere. */
    private static String label(double v, int index, int n) {
        int quarter = (n - 1) / 4;
        if (index % Math.max(1, quarter) == 0 || index == n - 1) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        return "\u200b".repeat(index + 1);
    }

    private static void style(XYChart c) {
        c.getStyler().setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
                .setPlotBorderVisible(true)
                .setLegendPosition(Styler.LegendPosition.OutsideE).setChartTitleFont(new Font(Font.SANS_SERIF,
                        Font.PLAIN, 13));
    }

    static byte[] png(Chart<?, ?> c) {
        // PNGs are encoded in memory: ImageIO's disk cache registers deleteOnExit files, which fails with
        // "Shutdown in progress" when the report is written from Ctrl-C's shutdown hook.
        javax.imageio.ImageIO.setUseCache(false);
        try {
            return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a chart as PNG", e);
        }
    }
}
