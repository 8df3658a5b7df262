package vn.covid.briefing.briefing.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import vn.covid.briefing.briefing.compose.VietnameseFormat;
import vn.covid.briefing.briefing.templates.BriefingTexts;
import vn.covid.briefing.indicators.ReportWindow;
import vn.covid.briefing.indicators.Series;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.metric.Metric;

/**
 * The briefing's JFreeChart figures, each drawn at 200 dpi for the 165 mm text width. Their titles,
 * numbers and sources are the page's captions, so the drawings carry only axes and legends.
 */
final class Charts {

    static final double WIDTH_MM = 165;

    private static final double DAY = 86_400_000;

    private final BriefingTexts texts;

    Charts(BriefingTexts texts) {
        this.texts = texts;
    }

    private String label(String key) {
        return texts.text("charts." + key);
    }

    /** Daily new cases stacked by where they were found (and not yet classified), with the 7-day average as a line. */
    java.awt.image.BufferedImage casesBySource(WeekIndicators week) {
        Series daily = week.scope().daily();
        Metric[] sources = UnitWeek.ALL_CASES;
        DefaultTableXYDataset stacked = days(daily, new String[] { label("arrival"), label("quarantine"),
            label("lockdown"), label("community"), label("unclassified") }, sources);
        XYSeries average = sevenDayAverage(daily, sources);
        // arrivals light, quarantine mid grey, lockdown hatched, community black, unclassified cross-hatched:
        // apart in black-and-white print
        XYPlot plot = new XYPlot(stacked, dateAxis(week), numberAxis(label("cases-axis")), bars(ChartStyle.GREYS[0],
                ChartStyle.GREYS[1], ChartStyle.hatch(ChartStyle.GREYS[0], 3, false), ChartStyle.GREYS[3],
                ChartStyle.hatch(java.awt.Color.WHITE, 3, true)));
        addAverage(plot, average);
        markWindow(plot, week);
        return draw(chart(label("cases-title"), plot), 58);
    }

    /** Deaths a day with their 7-day average: batches of late death reports stand out as single bars. */
    java.awt.image.BufferedImage deaths(WeekIndicators week) {
        Series daily = week.scope().daily();
        DefaultTableXYDataset dataset = days(daily, new String[] { label("deaths") }, Metric.DEATHS);
        XYSeries average = sevenDayAverage(daily, Metric.DEATHS);
        XYPlot plot = new XYPlot(dataset, dateAxis(week), numberAxis(label("deaths-axis")), bars(ChartStyle.GREYS[2]));
        addAverage(plot, average);
        markWindow(plot, week);
        return draw(chart(label("deaths-title"), plot), 55);
    }

    /** Tests a day (RT-PCR and rapid, stacked) and the share positive on a second axis. */
    java.awt.image.BufferedImage testing(WeekIndicators week) {
        Series daily = week.scope().daily();
        DefaultTableXYDataset stacked = days(daily, new String[] { label("pcr"), label("rapid") }, Metric.PCR_TESTS,
                Metric.RAPID_TESTS);
        XYSeries positivity = new XYSeries(label("positivity"));
        for (int d = 0; d < daily.days(); d++) {
            LocalDate day = daily.day(d);
            long p = valueOrZero(daily.value(Metric.PCR_TESTS, day));
            long r = valueOrZero(daily.value(Metric.RAPID_TESTS, day));
            long positives = valueOrZero(daily.value(Metric.PCR_POSITIVE, day)) + valueOrZero(daily.value(Metric.RAPID_POSITIVE, day));
            if (p + r > 0) {
                positivity.add(millis(day), 100.0 * positives / (p + r));
            }
        }
        XYPlot plot = new XYPlot(stacked, dateAxis(week), numberAxis(label("testing-axis")),
                bars(ChartStyle.GREYS[2], ChartStyle.GREYS[0]));
        NumberAxis percent = numberAxis(label("positivity-axis"));
        plot.setRangeAxis(1, percent);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(1.4f));
        line.setSeriesShape(0, new Rectangle2D.Double(-1.5, -1.5, 3, 3));
        plot.setRenderer(1, line);
        plot.setDataset(1, new XYSeriesCollection(positivity));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        markWindow(plot, week);
        return draw(chart(label("testing-title"), plot), 70);
    }

    /** First dose and full series coverage of the 18+ population per district, with the target. */
    java.awt.image.BufferedImage vaccination(WeekIndicators week, Double targetPercent) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<UnitWeek> units = new java.util.ArrayList<>(week.districts());
        units.add(week.scope());
        for (UnitWeek u : units) {
            String name = shortName(u.name());
            data.addValue(orZero(u.firstDose18plusPercent()), label("dose1"), name);
            data.addValue(orZero(u.fullDose18plusPercent()), label("dose2"), name);
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.GREYS[1]);
        bars.setSeriesPaint(1, ChartStyle.GREYS[3]);
        bars.setDrawBarOutline(true);
        bars.setItemMargin(0.05);
        CategoryAxis districts = new CategoryAxis();
        districts.setTickLabelFont(ChartStyle.font(7.5f));
        districts.setMaximumCategoryLabelLines(3);
        districts.setMaximumCategoryLabelWidthRatio(0.9f);
        districts.setCategoryMargin(0.15);
        NumberAxis percent = numberAxis(label("vaccination-axis"));
        percent.setRange(0, 110);
        CategoryPlot plot = new CategoryPlot(data, districts, percent, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GREYS[0]);
        if (targetPercent != null) {
            ValueMarker target = new ValueMarker(targetPercent, Color.BLACK,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 3f }, 0f));
            target.setLabel(label("target") + " " + VietnameseFormat.percent(targetPercent, 0));
            target.setLabelFont(ChartStyle.font(7f));
            target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(target);
        }
        return draw(chart(label("vaccination-title"), plot), 72);
    }

    /** One series a metric, a value a day (not reported drawn as 0), for stacked daily bars. */
    private static DefaultTableXYDataset days(Series daily, String[] names, Metric... metrics) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        dataset.setIntervalWidth(DAY);
        for (int m = 0; m < metrics.length; m++) {
            XYSeries series = new XYSeries(names[m], true, false);
            for (int d = 0; d < daily.days(); d++) {
                series.add(millis(daily.day(d)), valueOrZero(daily.value(metrics[m], daily.day(d))));
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    /** The metrics' sum over the 7 days up to each day, divided by 7, from the 7th day of the range on. */
    private XYSeries sevenDayAverage(Series daily, Metric... metrics) {
        XYSeries average = new XYSeries(label("average"));
        for (int d = 6; d < daily.days(); d++) {
            LocalDate day = daily.day(d);
            double sum = 0;
            for (Metric c : metrics) {
                Long v = daily.sum(c, ReportWindow.ending(day, 7));
                sum += v == null ? 0 : v;
            }
            average.add(millis(day), sum / 7);
        }
        return average;
    }

    /** Stacked daily bars, one fill per series, thin black outlines. */
    private static StackedXYBarRenderer bars(java.awt.Paint... fills) {
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        for (int s = 0; s < fills.length; s++) {
            bars.setSeriesPaint(s, fills[s]);
            bars.setSeriesOutlinePaint(s, Color.BLACK);
            bars.setSeriesOutlineStroke(s, new BasicStroke(0.3f));
        }
        return bars;
    }

    /** The 7-day average as a dashed black line over the bars. */
    private static void addAverage(XYPlot plot, XYSeries average) {
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] { 5f, 3f }, 0f));
        plot.setRenderer(1, line); // before the dataset: the bar renderer cannot measure a line's data
        plot.setDataset(1, new XYSeriesCollection(average));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    static String shortName(String name) {
        return name.replace("Thành phố ", "TP ").replace("Huyện ", "").replace("Tỉnh ", "").replace("Thị xã ", "TX ");
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    private static long valueOrZero(long v) {
        return v == Series.NONE ? 0 : v;
    }

    private static double millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static DateAxis dateAxis(WeekIndicators week) {
        DateAxis axis = new DateAxis();
        axis.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat("dd/M", java.util.Locale.ROOT);
        format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 7, format));
        axis.setTickLabelFont(ChartStyle.font(8f));
        // from the first reported day (at least two weeks shown), not weeks of nothing before the data began
        Series daily = week.scope().daily();
        LocalDate first = daily.firstReported();
        LocalDate twoWeeks = week.reportDate().minusDays(13);
        LocalDate from = first.isAfter(twoWeeks) ? twoWeeks.isBefore(daily.start()) ? daily.start() : twoWeeks : first;
        axis.setRange(millis(from) - 43_200_000, millis(week.reportDate()) + 43_200_000);
        return axis;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(ChartStyle.font(8f));
        axis.setTickLabelFont(ChartStyle.font(8f));
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi-VN"))));
        return axis;
    }

    /** A light band over the report window, so the reader sees which days the text speaks of. */
    private static void markWindow(XYPlot plot, WeekIndicators week) {
        org.jfree.chart.plot.IntervalMarker band = new org.jfree.chart.plot.IntervalMarker(
                millis(week.window().first()) - 43_200_000, millis(week.window().last()) + 43_200_000);
        band.setPaint(new Color(0xF2F2F2));
        plot.addDomainMarker(band, org.jfree.chart.ui.Layer.BACKGROUND);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GREYS[0]);
        plot.setDomainGridlinesVisible(false);
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle((TextTitle) null);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(ChartStyle.font(8f));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static java.awt.image.BufferedImage draw(JFreeChart chart, double heightMm) {
        double points = 72 / 25.4;
        return ChartStyle.image(WIDTH_MM, heightMm, g -> chart.draw(g,
                new Rectangle2D.Double(0, 0, WIDTH_MM * points, heightMm * points)));
    }
}
