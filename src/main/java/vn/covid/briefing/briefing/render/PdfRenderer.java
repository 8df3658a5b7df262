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

    private final TemplateEngine engine;

    public PdfRenderer() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCacheable(false);
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
        LaidOut laid = new LaidOut(xhtml(current, texts, figures.keySet(), layout), figures);
        for (int pass = 0; pass < FigureFit.MAX_PASSES; pass++) {
            java.util.Optional<BriefingPage> better = FigureFit.improve(current, laid.figures());
            if (better.isEmpty()) {
                break;
            }
            current = better.get();
            laid = new LaidOut(xhtml(current, texts, figures.keySet(), layout), figures);
        }
        return Reproducible.pin(laid.pdf(current.metadata(), created));
    }
}
