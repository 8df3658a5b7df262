package vn.covid.briefing.briefing.render;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.LineBreakingStrategy;

/**
 * Lines break at spaces only, as Vietnamese is written (a word is its syllables between spaces). The
 * layout engine's own breaker treats a slash or a hyphen as a place to break, as in a web address, and
 * so split "ca/ngày", "31/12/2021", "4800/QĐ-BYT" and "2686/QĐ-BCĐQG" over two lines. A non-breaking
 * space keeps a number with its unit.
 */
final class SpaceBreaks implements LineBreakingStrategy {

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        List<Integer> points = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                points.add(i);
            }
        }
        points.add(text.length());
        Iterator<Integer> it = points.iterator();
        return () -> it.hasNext() ? new BreakPoint(it.next()) : BreakPoint.getDonePoint();
    }
}
