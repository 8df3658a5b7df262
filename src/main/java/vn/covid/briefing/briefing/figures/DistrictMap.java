package vn.covid.briefing.briefing.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The districts drawn from their real boundaries (GeoJSON, lon/lat) with Java2D: each filled by its
 * level or distancing regime, with hatching so the classes stay apart in black-and-white print, the
 * district names, and a legend. No web map service is involved.
 */
final class DistrictMap {

    /** One legend class: its fill and its label. */
    record Style(Paint fill, String label) {
    }

    private record District(String code, String name, List<Path2D> rings) {
    }

    /** District names on the map: at least 8 pt, so they can be read on paper. */
    static final float LABEL_POINTS = 8.5f;

    private final List<District> districts;

    private DistrictMap(List<District> districts) {
        this.districts = districts;
    }

    /** The district codes of the features, in file order. */
    List<String> codes() {
        return districts.stream().map(District::code).toList();
    }

    static DistrictMap load(Path geojson) {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode root;
        try {
            root = json.readTree(Files.readString(geojson));
        }
        catch (java.io.IOException | tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("cannot read the district boundaries " + geojson + ": " + e.getMessage(), e);
        }
        List<District> result = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            JsonNode p = f.path("properties");
            if (!"district".equals(p.path("level").asString())) {
                continue;
            }
            List<Path2D> rings = new ArrayList<>();
            JsonNode g = f.path("geometry");
            JsonNode polygons = "Polygon".equals(g.path("type").asString())
                    ? json.createArrayNode().add(g.path("coordinates")) : g.path("coordinates");
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    Path2D path = new Path2D.Double();
                    boolean first = true;
                    for (JsonNode point : ring) {
                        double x = point.get(0).asDouble();
                        double y = point.get(1).asDouble();
                        if (first) {
                            path.moveTo(x, y);
                            first = false;
                        }
                        else {
                            path.lineTo(x, y);
                        }
                    }
                    path.closePath();
                    rings.add(path);
                }
            }
            result.add(new District(p.path("district_code").asString(), p.path("district_name").asString(), rings));
        }
        return new DistrictMap(result);
    }

    boolean isEmpty() {
        return districts.isEmpty();
    }

    /**
     * @param styleOf the legend class of each district code (districts without one are left white)
     * @param legend the classes in legend order
     */
    java.awt.image.BufferedImage draw(Map<String, Style> styleOf, List<Style> legend, double widthMm, double heightMm) {
        double pt = 72 / 25.4;
        return ChartStyle.image(widthMm, heightMm, g -> {
            Rectangle2D area = new Rectangle2D.Double(6, 6, widthMm * pt * 0.66, heightMm * pt - 12);
            AffineTransform projection = projection(area);
            Map<String, java.awt.Shape> shapes = new LinkedHashMap<>();
            Map<String, Point2D> anchors = new LinkedHashMap<>();
            for (District d : districts) {
                Style style = styleOf.get(d.code());
                Path2D largest = null;
                double largestArea = -1;
                for (Path2D ring : d.rings()) {
                    java.awt.Shape shape = projection.createTransformedShape(ring);
                    g.setPaint(style == null ? Color.WHITE : style.fill());
                    g.fill(shape);
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(0.6f));
                    g.draw(shape);
                    double a = Math.abs(area(ring));
                    if (a > largestArea) {
                        largestArea = a;
                        largest = ring;
                    }
                }
                if (largest != null) {
                    String name = Charts.shortName(d.name());
                    anchors.put(name, projection.transform(centroid(largest), null));
                    shapes.put(name, projection.createTransformedShape(largest));
                }
            }
            g.setFont(ChartStyle.bold(LABEL_POINTS));
            new LabelPlacer(g.getFontMetrics(), area).place(anchors, shapes).forEach(label -> {
                if (label.moved()) {
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(0.4f));
                    g.draw(new java.awt.geom.Line2D.Double(label.anchor(), label.leaderEnd()));
                }
                halo(g, label.text(), label.at().getX(), label.at().getY());
            });
            // legend
            double x = area.getMaxX() + 12;
            double y = 30;
            g.setFont(ChartStyle.font(8.5f));
            for (Style s : legend) {
                Rectangle2D box = new Rectangle2D.Double(x, y - 9, 16, 11);
                g.setPaint(s.fill());
                g.fill(box);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(box);
                g.drawString(s.label(), (float) (x + 20), (float) y);
                y += 17;
            }
        });
    }

    /** Longitude scaled by cos(latitude) so the province keeps its shape; fitted into the area, north up. */
    private AffineTransform projection(Rectangle2D area) {
        Rectangle2D bounds = null;
        for (District d : districts) {
            for (Path2D r : d.rings()) {
                bounds = bounds == null ? r.getBounds2D() : bounds.createUnion(r.getBounds2D());
            }
        }
        double k = Math.cos(Math.toRadians(bounds.getCenterY()));
        double scale = Math.min(area.getWidth() / (bounds.getWidth() * k), area.getHeight() / bounds.getHeight());
        AffineTransform t = new AffineTransform();
        t.translate(area.getX() + (area.getWidth() - bounds.getWidth() * k * scale) / 2,
                area.getY() + (area.getHeight() + bounds.getHeight() * scale) / 2);
        t.scale(k * scale, -scale);
        t.translate(-bounds.getMinX(), -bounds.getMinY());
        return t;
    }

    private static double area(Path2D ring) {
        double sum = 0;
        List<double[]> pts = points(ring);
        for (int i = 0; i < pts.size(); i++) {
            double[] a = pts.get(i);
            double[] b = pts.get((i + 1) % pts.size());
            sum += a[0] * b[1] - b[0] * a[1];
        }
        return sum / 2;
    }

    private static Point2D centroid(Path2D ring) {
        List<double[]> pts = points(ring);
        double a = area(ring);
        if (Math.abs(a) < 1e-12) {
            Rectangle2D b = ring.getBounds2D();
            return new Point2D.Double(b.getCenterX(), b.getCenterY());
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < pts.size(); i++) {
            double[] p = pts.get(i);
            double[] q = pts.get((i + 1) % pts.size());
            double f = p[0] * q[1] - q[0] * p[1];
            cx += (p[0] + q[0]) * f;
            cy += (p[1] + q[1]) * f;
        }
        return new Point2D.Double(cx / (6 * a), cy / (6 * a));
    }

    private static List<double[]> points(Path2D ring) {
        List<double[]> pts = new ArrayList<>();
        double[] c = new double[6];
        for (var it = ring.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_MOVETO || type == java.awt.geom.PathIterator.SEG_LINETO) {
                pts.add(new double[] { c[0], c[1] });
            }
        }
        return pts;
    }

    private static void halo(Graphics2D g, String text, double x, double y) {
        Font font = g.getFont();
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        Rectangle2D b = layout.getBounds();
        java.awt.Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x - b.getWidth() / 2,
                y + b.getHeight() / 2));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(Color.BLACK);
        g.fill(outline);
    }
}
