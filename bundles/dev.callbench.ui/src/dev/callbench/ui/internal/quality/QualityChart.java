package dev.callbench.ui.internal.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.callbench.api.CallQuality;
import dev.callbench.ui.internal.Messages;

/**
 * One SWTChart line chart of a call's quality over its seconds: one line per figure, a figure not measured yet
 * ({@code NaN}) left out rather than drawn as zero.
 */
final class QualityChart {

    /** One line of the chart: its name in the legend, its color (an SWT system color) and its figure. */
    record Line(String name, int color, ToDoubleFunction<CallQuality> figure) {
    }

    private static final int HEIGHT = 150;
    /** The time axis shows at least this much, so that the first seconds of a call do not fill it. */
    private static final double WINDOW_SECONDS = 30;

    private final Chart chart;
    private final List<Line> lines;
    private final List<ILineSeries<?>> series = new ArrayList<>();
    private final double minimumTop;

    /** {@code minimumTop}: the least the value axis reaches, so that small figures do not fill the chart. */
    QualityChart(Composite parent, String title, String unit, double minimumTop, List<Line> lines) {
        this.lines = List.copyOf(lines);
        this.minimumTop = minimumTop;
        chart = new Chart(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = HEIGHT;
        data.widthHint = 1; // the grid's column decides
        chart.setLayoutData(data);
        chart.getTitle().setText(title);
        IAxisSet axes = chart.getAxisSet();
        axes.getXAxis(0).getTitle().setText(Messages.Quality_seconds);
        axes.getYAxis(0).getTitle().setText(unit);
        chart.getLegend().setVisible(lines.size() > 1);
        for (Line line : lines) {
            ILineSeries<?> each = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, line.name());
            each.setLineColor(chart.getDisplay().getSystemColor(line.color()));
            each.setLineStyle(LineStyle.SOLID);
            each.setLineWidth(2);
            each.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            series.add(each);
        }
        show(List.of());
    }

    /** Draws the samples, oldest first; the time axis counts seconds from the first. */
    void show(List<CallQuality> samples) {
        double top = minimumTop;
        for (int i = 0; i < lines.size(); i++) {
            List<double[]> points = points(samples, lines.get(i).figure());
            double[] xs = new double[points.size()];
            double[] ys = new double[points.size()];
            for (int p = 0; p < points.size(); p++) {
                xs[p] = points.get(p)[0];
                ys[p] = points.get(p)[1];
                top = Math.max(top, ys[p] * 1.2);
            }
            series.get(i).setXSeries(xs);
            series.get(i).setYSeries(ys);
        }
        double last = samples.size() < 2 ? WINDOW_SECONDS
                : Math.max(WINDOW_SECONDS, seconds(samples, samples.get(samples.size() - 1)));
        chart.getAxisSet().getXAxis(0).setRange(new Range(0, last));
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, top));
        chart.redraw();
    }

    private static List<double[]> points(List<CallQuality> samples, ToDoubleFunction<CallQuality> figure) {
        List<double[]> points = new ArrayList<>();
        for (CallQuality sample : samples) {
            double value = figure.applyAsDouble(sample);
            if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                points.add(new double[] { seconds(samples, sample), value });
            }
        }
        return points;
    }

    private static double seconds(List<CallQuality> samples, CallQuality sample) {
        return (sample.at().toEpochMilli() - samples.get(0).at().toEpochMilli()) / 1000.0;
    }
}
