package vn.covid.briefing.briefing.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.Map;
import java.util.TimeZone;

import org.openpdf.pdf.ITextFSImage;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.ITextUserAgent;
import org.openpdf.pdf.PDFCreationListener;
import org.openpdf.resource.ImageResource;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;

import vn.covid.briefing.briefing.compose.BriefingPage;

/**
 * A page laid out by openpdf-html (Liberation Serif embedded, lines broken at spaces, figures taken
 * from memory: no PNG or base64 round trip), which can say where its blocks landed ({@link Placement})
 * before it is printed, so that what landed wrong can be moved and the page laid out again.
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

    /**
     * Font resolvers with Liberation Serif loaded, each used by one layout at a time: loading the four fonts
     * reads their files again every time (about 4 % of a re-run), while a resolver is made to serve document
     * after document (it drops a document's own font faces when the next one is set).
     */
    private static final java.util.concurrent.ConcurrentLinkedDeque<ITextFontResolver> FONT_RESOLVERS =
            new java.util.concurrent.ConcurrentLinkedDeque<>();

    private final ITextRenderer renderer;

    private final ITextFontResolver fonts;

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
        fonts = java.util.Optional.ofNullable(FONT_RESOLVERS.pollFirst()).orElseGet(LaidOut::liberationSerif);
        renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device,
                agent, fonts);
        renderer.getSharedContext().setLineBreakingStrategy(new SpaceBreaks());
        synchronized (CSS_PARSING) {
            renderer.setDocumentFromString(xhtml);
        }
        renderer.layout();
    }

    private static ITextFontResolver liberationSerif() {
        ITextFontResolver resolver = new ITextFontResolver();
        try {
            for (String font : FONTS) {
                resolver.addFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        }
        catch (java.io.IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("cannot load the Liberation Serif fonts (openpdf-fonts-extra): " + e.getMessage(), e);
        }
        return resolver;
    }

    /** This layout is done with (it will not be printed): its font resolver serves the next one. */
    void discard() {
        FONT_RESOLVERS.offerFirst(fonts);
    }

    /** Where the blocks of this layout landed. */
    Placement placement() {
        return new Placement(renderer.getRootBox(), renderer.getDotsPerPoint());
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
        finally {
            discard();
        }
        return out.toByteArray();
    }
}
