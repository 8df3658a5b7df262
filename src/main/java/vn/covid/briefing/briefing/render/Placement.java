package vn.covid.briefing.briefing.render;

import java.util.ArrayList;
import java.util.List;

import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.PageBox;
import org.w3c.dom.Element;

/**
 * Where the blocks of one layout landed, read from openpdf-html's boxes: every figure with the blank it
 * left before it, and the blocks that landed wrong (a line cut by the bottom margin, a short table split
 * over two pages, a lead-in left at a page's foot), each named by its {@code data-block} id so that the
 * renderer can start a page with it and lay the page out again.
 */
final class Placement {

    private static final double MM_PER_POINT = 25.4 / 72;

    /**
     * Where a figure landed: the blank it left at the foot of the page before it (0 when it sits under
     * the text it follows), its own height, and the heights of the paragraphs just before it on that
     * page (nearest first), in mm.
     */
    record FigurePlace(String id, double blankBeforeMm, double heightMm, List<Double> paragraphsAboveMm) {
    }

    private final BlockBox root;
    private final float dotsPerPoint;

    Placement(BlockBox root, float dotsPerPoint) {
        this.root = root;
        this.dotsPerPoint = dotsPerPoint;
    }

    /** Every figure of the body, in order, with the blank it left before it. */
    List<FigurePlace> figures() {
        List<Box> boxes = new ArrayList<>();
        collect(root, boxes);
        List<PageBox> pages = root.getLayer().getPages();
        double mm = MM_PER_POINT / dotsPerPoint;
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
        List<PageBox> pages = root.getLayer().getPages();
        java.util.Set<String> cut = new java.util.LinkedHashSet<>();
        int pageHeight = pages.isEmpty() ? 0 : pages.get(0).getBottom() - pages.get(0).getTop();
        cuts(root, pages, pageHeight, cut);
        return cut;
    }

    /**
     * The blocks holding a table that would fit on one page but was split over two (a table that paginates
     * moves a row that does not fit to the next page, so a short table can start at a page's foot): each
     * is named, to start a page whole, as the committee's tables do.
     */
    java.util.Set<String> splitTables() {
        List<PageBox> pages = root.getLayer().getPages();
        java.util.Set<String> split = new java.util.LinkedHashSet<>();
        if (pages.isEmpty()) {
            return split;
        }
        int pageHeight = pages.get(0).getBottom() - pages.get(0).getTop();
        List<Box> tables = new ArrayList<>();
        collectTables(root, tables);
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
        List<PageBox> pages = root.getLayer().getPages();
        List<Box> blocks = new ArrayList<>();
        collect(root, blocks);
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
}
