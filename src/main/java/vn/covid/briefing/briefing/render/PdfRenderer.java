package vn.covid.briefing.briefing.render;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import vn.covid.briefing.briefing.compose.BriefingPage;
import vn.covid.briefing.briefing.templates.BriefingTexts;
import vn.covid.briefing.briefing.templates.TemplateException;

/**
 * Lays the page out with the clerk's template ({@code templates/briefing.html} + {@code briefing.css},
 * Thymeleaf in XML mode) and prints it with openpdf-html on OpenPDF, Liberation Serif embedded.
 * Reproducible: the creation date is the data cut-off, not the clock, and the document ID is derived
 * from the content, so the same data, templates and configuration give the same bytes. The template
 * and the style sheet come in as text, so that an edition can be made again from its snapshot.
 */
public final class PdfRenderer {

    static {
        RecordProperties.install();
    }

    private final TemplateEngine engine;

    public PdfRenderer() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        // a string template is cached under its own text, so an edited template is a new one; the cache
        // spares parsing the whole template again for each of the hundred blocks it inserts as fragments
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** The layout the briefing is rendered with: the template and the style sheet, as text, and where they came from. */
    public record Layout(String html, String css, String source) {
    }

    /** The page as XHTML, as the template makes it. */
    public String xhtml(BriefingPage page, BriefingTexts texts, Set<String> figures, Layout layout) {
        Context context = new Context();
        context.setVariable("page", page);
        context.setVariable("texts", texts);
        Map<String, String> uris = new LinkedHashMap<>();
        figures.forEach(id -> uris.put(id, LaidOut.FIGURE + id));
        context.setVariable("figures", uris);
        context.setVariable("css", layout.css());
        try {
            return engine.process(layout.html(), context);
        }
        catch (org.thymeleaf.exceptions.TemplateProcessingException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String reason = root == e ? e.getMessage().replaceFirst("\\s*\\(template:.*", "") : root.getMessage();
            throw new TemplateException("the briefing template " + layout.source() + (e.getLine() == null ? ""
                    : " line " + e.getLine() + ", column " + e.getCol()) + " has an error: "
                    + reason.lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Lays the page out and prints it. A figure that would leave more than about 40 mm blank at the foot
     * of a page (it did not fit below the text before it) is first made smaller to fit, or, when that
     * would shrink it too much, moved below the next paragraph, and the page is laid out again.
     *
     * @param created the instant the PDF says it was created: the data cut-off of the edition
     */
    public byte[] render(BriefingPage page, BriefingTexts texts, Map<String, java.awt.image.BufferedImage> figures,
            Layout layout, Instant created) {
        BriefingPage current = page;
        Set<String> breaks = new java.util.LinkedHashSet<>();
        String xhtml = xhtml(current, texts, figures.keySet(), layout);
        LaidOut.Images images = new LaidOut.Images(figures);
        LaidOut laid = new LaidOut(breakBefore(xhtml, breaks), images);
        for (int pass = 0; pass < FigureFit.MAX_PASSES; pass++) {
            // first what would be cut at a margin, split though it fits a page, or left at a page's foot;
            // then what would leave a blank before a figure
            Placement placement = laid.placement();
            Set<String> misplaced = new java.util.LinkedHashSet<>(placement.cutAtMargin());
            misplaced.addAll(placement.splitTables());
            misplaced.addAll(placement.strandedLeadIns());
            boolean newBreaks = earliestBreak(xhtml, breaks, misplaced);
            java.util.Optional<BriefingPage> better = newBreaks ? java.util.Optional.empty()
                    : FigureFit.improve(current, placement.figures());
            if (!newBreaks && better.isEmpty()) {
                break;
            }
            if (better.isPresent()) {
                breaks.clear(); // measured on a page whose figures have moved since
            }
            current = better.orElse(current);
            xhtml = xhtml(current, texts, figures.keySet(), layout);
            laid.discard();
            laid = new LaidOut(breakBefore(xhtml, breaks), images);
        }
        return Reproducible.pin(laid.pdf(current.metadata(), created));
    }

    /**
     * Adds the first block (in the page's order) the layout would cut at a margin, and drops the breaks after
     * it: a break pushes everything below it down, so a later one was measured on a layout that is gone.
     *
     * @return whether a break was added
     */
    private static boolean earliestBreak(String xhtml, Set<String> breaks, Set<String> cuts) {
        java.util.function.ToIntFunction<String> at = id -> xhtml.indexOf("data-block=\"" + id + "\"");
        java.util.Optional<String> first = cuts.stream().filter(id -> !breaks.contains(id))
            .min(java.util.Comparator.comparingInt(at));
        if (first.isEmpty()) {
            return false;
        }
        int from = at.applyAsInt(first.get());
        breaks.removeIf(id -> at.applyAsInt(id) > from);
        breaks.add(first.get());
        return true;
    }

    /** The blocks named start a new page (the layout engine would have cut their last line at the margin). */
    private static String breakBefore(String xhtml, Set<String> blocks) {
        String out = xhtml;
        for (String id : blocks) {
            if (id.contains("-")) { // a row of a table longer than a page
                out = out.replace("data-block=\"" + id + "\"", "data-block=\"" + id + "\" style=\"page-break-before: always\"");
                continue;
            }
            // an empty block that starts the page, before the one to move (a break on the block itself
            // makes openpdf-html paint its first line twice)
            out = out.replaceFirst("<([a-z0-9]+)([^>]*) data-block=\"" + java.util.regex.Pattern.quote(id) + "\"",
                    "<div class=\"page-break\"></div><$1$2 data-block=\"" + java.util.regex.Matcher.quoteReplacement(id) + "\"");
        }
        return out;
    }
}
