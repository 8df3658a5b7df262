package vn.covid.briefing.briefing.figures;

import java.awt.FontMetrics;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the map's names where they do not overlap: each at its district's centre if it is free there,
 * otherwise at the nearest free place (inside its own district if possible), joined to the centre by a
 * thin line. Names are placed in the order given, which is the order of the boundaries file, so the
 * same map always looks the same.
 */
final class LabelPlacer {

    /** A placed name: where its text is centred, and the district centre it belongs to. */
    record Label(String text, Point2D at, Point2D anchor, Rectangle2D box) {

        boolean moved() {
            return at.distance(anchor) > box.getHeight();
        }

        /** Where a leader line from the anchor meets the label's box. */
        Point2D leaderEnd() {
            double x = Math.max(box.getMinX(), Math.min(box.getMaxX(), anchor.getX()));
            double y = Math.max(box.getMinY(), Math.min(box.getMaxY(), anchor.getY()));
            return new Point2D.Double(x, y);
        }
    }

    private static final double STEP = 4;
    private static final int RINGS = 12;

    private final FontMetrics metrics;
    private final Rectangle2D bounds;

    LabelPlacer(FontMetrics metrics, Rectangle2D bounds) {
        this.metrics = metrics;
        this.bounds = bounds;
    }

    List<Label> place(Map<String, Point2D> anchors, Map<String, Shape> districts) {
        List<Label> placed = new ArrayList<>();
        anchors.forEach((text, anchor) -> placed.add(best(text, anchor, districts.get(text), placed)));
        return placed;
    }

    private Label best(String text, Point2D anchor, Shape own, List<Label> placed) {
        double w = metrics.stringWidth(text) + 3;
        double h = metrics.getAscent() + metrics.getDescent() + 1;
        Label fallback = null;
        for (int ring = 0; ring <= RINGS; ring++) {
            for (Point2D p : ring(anchor, ring * STEP)) {
                Rectangle2D box = new Rectangle2D.Double(p.getX() - w / 2, p.getY() - h / 2, w, h);
                if (!bounds.contains(box) || placed.stream().anyMatch(l -> l.box().intersects(box))) {
                    continue;
                }
                Label label = new Label(text, p, anchor, box);
                if (own == null || own.contains(p)) {
                    return label;
                }
                if (fallback == null) {
                    fallback = label;
                }
            }
        }
        return fallback != null ? fallback : new Label(text, anchor, anchor,
                new Rectangle2D.Double(anchor.getX() - w / 2, anchor.getY() - h / 2, w, h));
    }

    /** Candidate centres at this distance: eight directions, vertical moves first (names are wide). */
    private static List<Point2D> ring(Point2D c, double d) {
        if (d == 0) {
            return List.of(c);
        }
        double[][] directions = { { 0, -1 }, { 0, 1 }, { 1, 0 }, { -1, 0 }, { 1, -1 }, { -1, -1 }, { 1, 1 }, { -1, 1 } };
        List<Point2D> points = new ArrayList<>();
        for (double[] dir : directions) {
            points.add(new Point2D.Double(c.getX() + dir[0] * d * 2, c.getY() + dir[1] * d));
        }
        return points;
    }
}
