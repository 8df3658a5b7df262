package vn.covid.briefing.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** poppler-utils (pdftotext, pdffonts, pdftoppm), as a reader's PDF viewer sees the briefing. */
public final class Poppler {

    public record Run(int exitCode, String out, String err) {
    }

    private Poppler() {
    }

    public static Run run(String... command) {
        try {
            Process p = new ProcessBuilder(command).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Run(p.waitFor(), out, err);
        }
        catch (IOException e) {
            throw new IllegalStateException(command[0] + " is missing: install poppler-utils (apt-get install "
                    + "poppler-utils); .ci/run does", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String text(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").out();
    }

    /** Every word with its box in points: xMin, yMin, xMax, yMax and the page (1-based). */
    public record Word(int page, double xMin, double yMin, double xMax, double yMax, String text) {
    }

    public static List<Word> words(Path pdf) {
        String html = run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-").out();
        List<Word> words = new ArrayList<>();
        int page = 0;
        var m = java.util.regex.Pattern.compile("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                + "yMax=\"([\\d.]+)\">([^<]*)</word>").matcher(html);
        while (m.find()) {
            if (m.group().startsWith("<page")) {
                page++;
                continue;
            }
            words.add(new Word(page, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), m.group(5)));
        }
        return words;
    }

    /**
     * Every line of text as pdftohtml lays it out (zoom 1, so sizes are in points), with its font size
     * and whether it is bold or italic: how a reader's viewer sees the type.
     */
    public record Line(int page, double top, double left, double width, double height, double size, boolean bold,
            boolean italic, String text) {

        public double bottom() {
            return top + height;
        }
    }

    public static List<Line> lines(Path pdf) {
        String xml = run("pdftohtml", "-xml", "-i", "-zoom", "1", "-stdout", pdf.toString()).out();
        java.util.Map<String, Double> sizes = new java.util.HashMap<>();
        var fonts = java.util.regex.Pattern.compile("<fontspec id=\"(\\d+)\" size=\"([\\d.]+)\"").matcher(xml);
        while (fonts.find()) {
            sizes.put(fonts.group(1), Double.parseDouble(fonts.group(2)));
        }
        List<Line> lines = new ArrayList<>();
        int page = 0;
        var m = java.util.regex.Pattern.compile("<page number=\"(\\d+)\"|<text top=\"([\\d.-]+)\" left=\"([\\d.-]+)\" "
                + "width=\"([\\d.]+)\" height=\"([\\d.]+)\" font=\"(\\d+)\">(.*?)</text>").matcher(xml);
        while (m.find()) {
            if (m.group(1) != null) {
                page = Integer.parseInt(m.group(1));
                continue;
            }
            String raw = m.group(7);
            String text = raw.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#160;", " ");
            lines.add(new Line(page, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), sizes.getOrDefault(m.group(6), 0.0),
                    raw.contains("<b>"), raw.contains("<i>"), text));
        }
        return lines;
    }
}
