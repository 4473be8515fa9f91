package app.fulcrum.plan;

import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.planner.PlanResult;
import app.fulcrum.domain.planner.PlanResult.ArmMonth;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a plan with JFreeChart: on top the fan chart of monthly net income (P10–P90 band, P50 line)
 * for the scenario against the status quo; below, the payback month's distribution (share of runs
 * paying back in each month). SVG when the file ends in .svg, PNG when in .png.
 */
public final class PlanChart {
    private static final int WIDTH = 960;
    private static final int FAN_HEIGHT = 520;
    private static final int PAYBACK_HEIGHT = 320;
    private static final Color SCENARIO = new Color(0x1f, 0x77, 0xb4);
    private static final Color STATUS_QUO = new Color(0x7f, 0x7f, 0x7f);

    private PlanChart() {
    }

    public static void write(PlanResult r, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                SVGGraphics2D g = new SVGGraphics2D(WIDTH, FAN_HEIGHT + PAYBACK_HEIGHT);
                draw(r, g);
                Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
            } else if (name.endsWith(".png")) {
                BufferedImage image = new BufferedImage(WIDTH, FAN_HEIGHT + PAYBACK_HEIGHT, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                draw(r, g);
                g.dispose();
                ImageIO.write(image, "png", file.toFile());
            } else {
                throw new FulcrumException("chart file " + file + " must end in .svg or .png");
            }
        } catch (IOException e) {
            throw new FulcrumException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }

    private static void draw(PlanResult r, Graphics2D g) {
        fanChart(r).draw(g, new Rectangle2D.Double(0, 0, WIDTH, FAN_HEIGHT));
        paybackChart(r).draw(g, new Rectangle2D.Double(0, FAN_HEIGHT, WIDTH, PAYBACK_HEIGHT));
    }

    static JFreeChart fanChart(PlanResult r) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(band("Scenario P50 (band P10–P90)", r, PlanResult.MonthRow::scenario));
        data.addSeries(band("Status quo P50 (band P10–P90)", r, PlanResult.MonthRow::statusQuo));
        JFreeChart chart = ChartFactory.createXYLineChart(r.scenario() + " — monthly net income (seed " + r.seed() + ")",
                "month", "net income (" + r.hourValue().currency().getCurrencyCode() + ")", data,
                PlotOrientation.VERTICAL, true, false, false);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, SCENARIO);
        renderer.setSeriesFillPaint(0, SCENARIO);
        renderer.setSeriesPaint(1, STATUS_QUO);
        renderer.setSeriesFillPaint(1, STATUS_QUO);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2.0f));
        renderer.setAlpha(0.25f);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static YIntervalSeries band(String name, PlanResult r, Function<PlanResult.MonthRow, ArmMonth> arm) {
        YIntervalSeries series = new YIntervalSeries(name);
        for (var row : r.byMonth()) {
            var n = arm.apply(row).netIncome();
            series.add(row.month(), n.p50().toDecimal().doubleValue(), n.p10().toDecimal().doubleValue(),
                    n.p90().toDecimal().doubleValue());
        }
        return series;
    }

    static JFreeChart paybackChart(PlanResult r) {
        XYSeries share = new XYSeries("share of runs paying back that month (%)");
        var counts = r.payback().runsByMonth();
        for (int m = 1; m <= counts.size(); m++) {
            share.add(m, 100.0 * counts.get(m - 1) / r.runs());
        }
        String title = String.format(Locale.ROOT, "Payback month: P50 %s; no payback within %d months in %.1f%% of runs",
                r.payback().p50() == null ? "beyond the horizon" : "month " + r.payback().p50(), r.months(),
                100 * r.payback().probabilityNone());
        JFreeChart chart = ChartFactory.createXYBarChart(title, "month", false, "% of runs",
                new XYSeriesCollection(share), PlotOrientation.VERTICAL, false, false, false);
        chart.getXYPlot().getRenderer().setSeriesPaint(0, SCENARIO);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
