package vn.covid.briefing.briefing.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.openpdf.pdf.ITextFSImage;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.ITextUserAgent;
import org.openpdf.pdf.PDFCreationListener;
import org.openpdf.render.Box;
import org.openpdf.render.PageBox;
import org.openpdf.resource.ImageResource;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.w3c.dom.Element;

import vn.covid.briefing.briefing.compose.BriefingPage;

/**
 * A page laid out by openpdf-html (Liberation Serif embedded, lines broken at spaces, figures taken
 * from memory: no PNG or base64 round trip), which can say where each figure landed before it is
 * printed, so that a figure pushed to the next page can be made to fit.
 */
final class LaidOut {

    /**
     * openpdf-html numbers every CSS selector it parses from one static counter, unguarded; the numbers
     * key its style cache, so two documents parsed at once (profiles run side by side) could share one.
     */
    private static final Object CSS_PARSING = new Object();

    /** How the template refers to a figure: {@code <img src="figure:cases"/>}. */
    static final String FIGURE = "figure:";

    private static final String[] FONTS = { "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
            "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf" };

    private static final double MM_PER_POINT = 25.4 / 72;

    /**
     * Where a figure landed: the blank it left at the foot of the page before it (0 when it sits under
     * the text it follows), its own height, and the heights of the paragraphs just before it on that
     * page (nearest first), in mm.
     */
    record FigurePlace(String id, double blankBeforeMm, double heightMm, List<Double> paragraphsAboveMm) {
    }

    /**
     * A briefing's figures as the PDF embeds them, each converted once for all the layout passes of one
     * page (the conversion reads every pixel). openpdf-html scales a copy, never the image itself.
     */
    static final class Images {

        private final Map<String, BufferedImage> drawn;
        private final Map<String, org.openpdf.text.Image> embedded = new java.util.HashMap<>();

        Images(Map<String, BufferedImage> drawn) {
            this.drawn = drawn;
        }

        /** The figure of this id, or null when there is none. */
        org.openpdf.text.Image get(String id) {
            BufferedImage image = drawn.get(id);
            if (image == null) {
                return null;
            }
            return embedded.computeIfAbsent(id, k -> {
                try {
                    return org.openpdf.text.Image.getInstance(image, null);
                }
                catch (java.io.IOException | org.openpdf.text.BadElementException e) {
                    throw new IllegalStateException("figure " + id + " could not be embedded", e);
                }
            });
        }
    }

    private final ITextRenderer renderer;

    LaidOut(String xhtml, Images figures) {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT) {
            // a block that runs over two pages is painted on both, clipped; text outside a page's clip
            // would still be in its text layer (pdftotext, copy and paste, screen readers): leave it out
            @Override
            public void drawString(String s, float x, float y, org.openpdf.render.JustificationInfo info) {
                java.awt.Shape clip = getClip();
                if (clip == null || clip.contains(x + 0.5, y - 0.5)) {
                    super.drawString(s, x, y, info);
                }
            }
        };
        ITextUserAgent agent = new ITextUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL) {
            @Override
            public ImageResource getImageResource(String uri) {
                if (uri.startsWith(FIGURE)) {
                    org.openpdf.text.Image image = figures.get(uri.substring(FIGURE.length()));
                    if (image != null) {
                        return new ImageResource(uri, new ITextFSImage(image));
                    }
                }
                return super.getImageResource(uri);
            }
        };
        renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device,
                agent);
        renderer.getSharedContext().setLineBreakingStrategy(new SpaceBreaks());
        try {
            for (String font : FONTS) {
                renderer.getFontResolver().addFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        }
        catch (java.io.IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("cannot load the Liberation Serif fonts (openpdf-fonts-extra): " + e.getMessage(), e);
        }
        synchronized (CSS_PARSING) {
            renderer.setDocumentFromString(xhtml);
        }
        renderer.layout();
    }

    /** Every figure of the body, in order, with the blank it left before it. */
    List<FigurePlace> figures() {
        List<Box> boxes = new ArrayList<>();
        collect(renderer.getRootBox(), boxes);
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        double mm = MM_PER_POINT / renderer.getDotsPerPoint();
        List<FigurePlace> places = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Box figure = boxes.get(i);
            if (!"figure".equals(figure.getElement().getAttribute("class"))) {
                continue;
            }
            double blank = 0;
            List<Double> above = new ArrayList<>();
            int page = pageOf(pages, figure.getAbsY());
            Box before = i > 0 ? boxes.get(i - 1) : null;
            if (before != null && page > 0) {
                int bottom = before.getAbsY() + before.getHeight();
                if (pageOf(pages, bottom - 1) == page - 1) {
                    blank = (pages.get(page - 1).getBottom() - bottom) * mm;
                    for (int j = i - 1; j >= 0 && "p".equals(boxes.get(j).getElement().getTagName())
                            && pageOf(pages, boxes.get(j).getAbsY()) == page - 1; j--) {
                        above.add(boxes.get(j).getHeight() * mm);
                    }
                }
            }
            places.add(new FigurePlace(figure.getElement().getAttribute("id").replaceFirst("^figure-", ""), blank,
                    figure.getHeight() * mm, above));
        }
        return places;
    }

    /**
     * The blocks (by their {@code data-block} id) that have a line or a table row cut by the bottom margin:
     * openpdf-html sometimes leaves one there instead of moving it to the next page. A table that fits on
     * a page is named whole; a longer one by its row.
     */
    java.util.Set<String> cutAtMargin() {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        java.util.Set<String> cut = new java.util.LinkedHashSet<>();
        int pageHeight = pages.isEmpty() ? 0 : pages.get(0).getBottom() - pages.get(0).getTop();
        cuts(renderer.getRootBox(), pages, pageHeight, cut);
        return cut;
    }

    /**
     * The blocks holding a table that would fit on one page but was split over two (a table that paginates
     * moves a row that does not fit to the next page, so a short table can start at a page's foot): each
     * is named, to start a page whole, as the committee's tables do.
     */
    java.util.Set<String> splitTables() {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        java.util.Set<String> split = new java.util.LinkedHashSet<>();
        if (pages.isEmpty()) {
            return split;
        }
        int pageHeight = pages.get(0).getBottom() - pages.get(0).getTop();
        List<Box> tables = new ArrayList<>();
        collectTables(renderer.getRootBox(), tables);
        for (Box table : tables) {
            int top = table.getAbsY();
            if (table.getHeight() > 0 && table.getHeight() < pageHeight
                    && pageOf(pages, top) != pageOf(pages, top + table.getHeight() - 1)) {
                Box block = blockOf(table, pageHeight);
                if (block != null) {
                    split.add(withHeading(block.getElement()).getAttribute("data-block"));
                }
            }
        }
        return split;
    }

    private static void collectTables(Box box, List<Box> out) {
        if (box instanceof org.openpdf.newtable.TableBox) {
            out.add(box);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collectTables(box.getChild(i), out);
        }
    }

    /**
     * The paragraphs ending in ":" (class {@code lead-in}) left at the foot of a page while what they introduce
     * starts the next one (CSS page-break-after is not kept for paragraphs): each moves down with it.
     */
    java.util.Set<String> strandedLeadIns() {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        List<Box> blocks = new ArrayList<>();
        collect(renderer.getRootBox(), blocks);
        java.util.Set<String> stranded = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Element e = blocks.get(i).getElement();
            if (e.getAttribute("class").contains("lead-in") && e.hasAttribute("data-block")
                    && pageOf(pages, blocks.get(i).getAbsY()) < pageOf(pages, firstLine(blocks.get(i + 1)).getAbsY())) {
                stranded.add(withHeading(e).getAttribute("data-block"));
            }
        }
        return stranded;
    }

    /** The first line of a block (a block's own top may lie on the page before, in its margin). */
    private static Box firstLine(Box box) {
        if (box instanceof org.openpdf.render.LineBox || box instanceof org.openpdf.newtable.TableRowBox) {
            return box;
        }
        for (Box child : children(box)) {
            Box line = firstLine(child);
            if (line != child || child instanceof org.openpdf.render.LineBox) {
                return line;
            }
        }
        return box;
    }

    private static void cuts(Box box, List<PageBox> pages, int pageHeight, java.util.Set<String> cut) {
        boolean line = box instanceof org.openpdf.render.LineBox || box instanceof org.openpdf.newtable.TableRowBox;
        if (line && box.getHeight() > 0) {
            int top = box.getAbsY();
            int bottom = top + box.getHeight();
            // inside one page's content area, or (partly) in a margin: cut, or painted where it does not belong
            boolean inside = pages.stream().anyMatch(p -> top >= p.getTop() && bottom <= p.getBottom() + 1);
            if (!inside) {
                Box block = blockOf(box, pageHeight);
                if (block != null) {
                    cut.add(withHeading(block.getElement()).getAttribute("data-block"));
                }
                return;
            }
            if (box instanceof org.openpdf.newtable.TableRowBox) {
                return;
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            cuts(box.getChild(i), pages, pageHeight, cut);
        }
    }

    /** A block moves to the next page with the heading just before it, never leaving the heading behind. */
    private static Element withHeading(Element block) {
        org.w3c.dom.Node before = block.getPreviousSibling();
        while (before != null && !(before instanceof Element)) {
            before = before.getPreviousSibling();
        }
        return before instanceof Element e && e.getTagName().matches("h[1-3]") && e.hasAttribute("data-block") ? e : block;
    }

    /** The outermost block with an id around the box, unless it is too tall for one page (then the innermost). */
    private static Box blockOf(Box box, int pageHeight) {
        Box innermost = null;
        Box outermost = null;
        for (Box b = box; b != null; b = b.getParent()) {
            Element e = b.getElement();
            if (e != null && e.hasAttribute("data-block")) {
                innermost = innermost == null ? b : innermost;
                outermost = b;
            }
        }
        return outermost != null && outermost.getHeight() < pageHeight ? outermost : innermost;
    }

    /** The page's blocks in document order: paragraphs, headings, tables and figures, each once. */
    private static void collect(Box box, List<Box> out) {
        Element e = box.getElement();
        if (e != null && box.getParent() != null && isBlock(e)) {
            if (out.isEmpty() || (out.getLast() != box && !inside(box, out.getLast()))) {
                out.add(box);
            }
            return;
        }
        for (Box child : children(box)) {
            collect(child, out);
        }
    }

    /** A box's children, with those laid out inline (an inline-block figure sits in a line). */
    private static List<Box> children(Box box) {
        List<Box> children = new ArrayList<>();
        for (int i = 0; i < box.getChildCount(); i++) {
            children.add(box.getChild(i));
        }
        if (box instanceof org.openpdf.render.InlineLayoutBox inline) {
            inline.getInlineChildren().stream().filter(Box.class::isInstance).map(Box.class::cast).forEach(children::add);
        }
        return children;
    }

    private static boolean isBlock(Element e) {
        return switch (e.getTagName()) {
            case "p", "h1", "h2", "h3", "table" -> true;
            case "div" -> "figure".equals(e.getAttribute("class"));
            default -> false;
        };
    }

    private static boolean inside(Box box, Box other) {
        for (Box b = box.getParent(); b != null; b = b.getParent()) {
            if (b == other) {
                return true;
            }
        }
        return false;
    }

    private static int pageOf(List<PageBox> pages, int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y >= pages.get(i).getTop() && y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return pages.size() - 1;
    }

    /** Prints the laid-out page, with the document information and the data cut-off as its creation date. */
    byte[] pdf(BriefingPage.Metadata metadata, Instant created) {
        renderer.setListener(new PDFCreationListener() {
            @Override
            public void preOpen(ITextRenderer r) {
                // the figures are most of the bytes; the fastest deflate costs a few percent of size
                r.getWriter().setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            }

            @Override
            public void preWrite(ITextRenderer r, int pageCount) {
            }

            @Override
            public void onClose(ITextRenderer r) {
                Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
                calendar.setTimeInMillis(created.toEpochMilli());
                var info = r.getWriter().getInfo();
                info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
                info.put(PdfName.MODDATE, new PdfDate(calendar));
                info.put(PdfName.TITLE, new PdfString(metadata.title(), PdfString.TEXT_UNICODE));
                info.put(PdfName.SUBJECT, new PdfString(metadata.subject(), PdfString.TEXT_UNICODE));
                info.put(PdfName.AUTHOR, new PdfString(metadata.author(), PdfString.TEXT_UNICODE));
                info.put(PdfName.KEYWORDS, new PdfString(metadata.keywords(), PdfString.TEXT_UNICODE));
                info.put(PdfName.CREATOR, new PdfString("briefing (templates/briefing.html)"));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.createPDF(out);
        }
        catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("the PDF could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
