package vn.covid.briefing.briefing.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * What every figure of the briefing shares: the embedded Liberation Serif (so Vietnamese labels render
 * the same on any machine, with or without system fonts), greys and hatches that survive black-and-white
 * printing, and drawing at 200 dpi, the print minimum the brief sets. (Vector figures would need a
 * custom replaced element in openpdf-html; not done.)
 */
final class ChartStyle {

    static final int DPI = 200;

    private static final Font SERIF = load("/liberation/LiberationSerif-Regular.ttf");
    private static final Font SERIF_BOLD = load("/liberation/LiberationSerif-Bold.ttf");

    private ChartStyle() {
    }

    private static Font load(String resource) {
        try (InputStream in = ChartStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " missing (openpdf-fonts-extra on the classpath?)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
        catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("cannot load font " + resource, e);
        }
    }

    static Font font(float points) {
        return SERIF.deriveFont(points);
    }

    static Font bold(float points) {
        return SERIF_BOLD.deriveFont(points);
    }

    /** Light to dark, readable as four distinct greys on a laser printer. */
    static final Color[] GREYS = { new Color(0xD9D9D9), new Color(0x9E9E9E), new Color(0x5E5E5E), new Color(0x1A1A1A) };

    /**
     * Level colours (green, yellow, orange, red) as in NQ 128, chosen so that in grayscale they also run
     * light to dark in level order (luminance 0,92 · 0,81 · 0,62 · 0,36), and hatched more densely with
     * the level, so a black-and-white print keeps them apart and in order.
     */
    static final Color[] LEVEL_COLOURS = { new Color(0xE2F4DA), new Color(0xFFD23F), new Color(0xEE8A3C), new Color(0xB03A2E) };

    /** A fill with thin diagonal lines every {@code spacing} points (0 = plain), over a base colour. */
    static Paint hatch(Color base, double spacing, boolean crossed) {
        if (spacing <= 0) {
            return base;
        }
        int px = (int) Math.round(spacing * 8); // the tile drawn finely, then shrunk to `spacing` points
        BufferedImage tile = new BufferedImage(px, px, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(base);
        g.fillRect(0, 0, px, px);
        g.setColor(new Color(0x202020));
        g.setStroke(new BasicStroke(3f)); // 3/8 of a point
        g.drawLine(-px, 2 * px, 2 * px, -px);
        g.drawLine(0, px, px, 0);
        if (crossed) {
            g.drawLine(0, 0, px, px);
        }
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, spacing, spacing));
    }

    /** Draws at {@link #DPI} on a white page of widthMm × heightMm (the PDF embeds the pixels, losslessly). */
    static BufferedImage image(double widthMm, double heightMm, Consumer<Graphics2D> draw) {
        double points = 72 / 25.4;
        int w = (int) Math.round(widthMm / 25.4 * DPI);
        int h = (int) Math.round(heightMm / 25.4 * DPI);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        // work in points, so font sizes are what they will be on paper
        g.scale(DPI / 72.0, DPI / 72.0);
        g.setClip(new Rectangle2D.Double(0, 0, widthMm * points, heightMm * points));
        draw.accept(g);
        g.dispose();
        return image;
    }
}
