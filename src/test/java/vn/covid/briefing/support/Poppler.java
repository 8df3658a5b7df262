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
}
