package vn.covid.briefing.briefing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import org.openpdf.pdf.ITextFSImage;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.ITextUserAgent;
import org.openpdf.resource.ImageResource;
import org.openpdf.pdf.PDFCreationListener;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import vn.covid.briefing.system.Checksums;

/**
 * Lays the page out with the clerk's template ({@code templates/briefing.html} + {@code briefing.css},
 * Thymeleaf in XML mode) and prints it with openpdf-html on OpenPDF, Liberation Serif embedded.
 * Reproducible: the creation date is the data cut-off, not the clock, and the document ID is derived
 * from the content, so the same data, templates and configuration give the same bytes.
 */
final class PdfRenderer {

    /** How the template refers to a figure: {@code <img src="figure:cases"/>}. */
    static final String FIGURE = "figure:";

    private static final String[] FONTS = { "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
            "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf" };

    private final Path templates;
    private final TemplateEngine engine;

    PdfRenderer(Path templates) {
        this.templates = templates;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false); // a clerk's edit shows in the next briefing, without a restart
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** The checksum of the template files, printed in the provenance. */
    String templateChecksum() {
        return Checksums.sha256(Checksums.sha256(templates.resolve("briefing.html")) + Checksums.sha256(templates.resolve("briefing.css"))
                + Checksums.sha256(templates.resolve("texts.yml")));
    }

    /** The page as XHTML, as the template makes it (kept for tests and for a clerk checking an edit). */
    String xhtml(BriefingPage page, BriefingTexts texts, Map<String, java.awt.image.BufferedImage> figures) {
        Context context = new Context();
        context.setVariable("page", page);
        context.setVariable("texts", texts);
        Map<String, String> uris = new LinkedHashMap<>();
        figures.keySet().forEach(id -> uris.put(id, FIGURE + id));
        context.setVariable("figures", uris);
        try {
            context.setVariable("css", Files.readString(templates.resolve("briefing.css"), StandardCharsets.UTF_8));
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + templates.resolve("briefing.css") + ": " + e.getMessage(), e);
        }
        try {
            return engine.process("briefing", context);
        }
        catch (org.thymeleaf.exceptions.TemplateProcessingException e) {
            throw new IllegalStateException("the briefing template " + templates.resolve("briefing.html")
                    + " has an error: " + e.getMessage(), e);
        }
    }

    /** @param created the instant the PDF says it was created: the data cut-off of the edition */
    byte[] pdf(String xhtml, Map<String, java.awt.image.BufferedImage> figures, BriefingPage.Metadata metadata,
            Instant created) {
        // figures go from memory into the PDF: no PNG encoding, no base64 in the page, no decoding again
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextUserAgent agent = new ITextUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL) {
            @Override
            public ImageResource getImageResource(String uri) {
                if (uri.startsWith(FIGURE)) {
                    java.awt.image.BufferedImage image = figures.get(uri.substring(FIGURE.length()));
                    if (image != null) {
                        try {
                            return new ImageResource(uri, new ITextFSImage(org.openpdf.text.Image.getInstance(image, null)));
                        }
                        catch (java.io.IOException | org.openpdf.text.BadElementException e) {
                            throw new IllegalStateException("figure " + uri + " could not be embedded", e);
                        }
                    }
                }
                return super.getImageResource(uri);
            }
        };
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, agent);
        try {
            for (String font : FONTS) {
                renderer.getFontResolver().addFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        }
        catch (java.io.IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("cannot load the Liberation Serif fonts (openpdf-fonts-extra): " + e.getMessage(), e);
        }
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
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.createPDF(out);
        }
        catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("the PDF could not be written: " + e.getMessage(), e);
        }
        return Reproducible.pin(out.toByteArray());
    }

    /** Replaces what OpenPDF draws at random (document ID, font subset tags) with values derived from the content. */
    static final class Reproducible {

        private Reproducible() {
        }

        static byte[] pin(byte[] pdf) {
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            // font subset tags: six capitals and '+', e.g. /BaseFont/QWERTY+LiberationSerif; renamed in order of appearance
            Map<String, String> tags = new LinkedHashMap<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("/([A-Z]{6})\\+").matcher(text);
            while (m.find()) {
                tags.computeIfAbsent(m.group(1), k -> subsetTag(tags.size()));
            }
            for (var e : tags.entrySet()) {
                text = text.replace(e.getKey() + "+", e.getValue() + "+");
            }
            // the trailer's /ID [<hex><hex>]: the same length, so no offset moves
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>")
                .matcher(text);
            StringBuilder out = new StringBuilder();
            String zeroed = id.replaceAll(r -> r.group().replace(r.group(1), "0".repeat(r.group(1).length()))
                .replace(r.group(2), "0".repeat(r.group(2).length())));
            String digest = Checksums.sha256(zeroed.getBytes(StandardCharsets.ISO_8859_1));
            id.reset();
            while (id.find()) {
                String hex = digest.substring(0, Math.min(digest.length(), id.group(1).length()));
                hex = hex + "0".repeat(id.group(1).length() - hex.length());
                id.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        id.group().replace(id.group(1), hex).replace(id.group(2), hex)));
            }
            id.appendTail(out);
            return out.toString().getBytes(StandardCharsets.ISO_8859_1);
        }

        private static String subsetTag(int n) {
            char[] c = new char[6];
            for (int i = 5; i >= 0; i--) {
                c[i] = (char) ('A' + n % 26);
                n /= 26;
            }
            return new String(c);
        }
    }
}
