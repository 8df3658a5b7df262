package vn.covid.briefing.briefing.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.covid.briefing.briefing.compose.BriefingPage;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Figure;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;

/**
 * Keeps the pages free of large blanks before a figure: a figure that did not fit under the text before
 * it, and so left more than {@link #MAX_BLANK_MM} at the foot of the page, is made smaller to fit there;
 * when it would have to shrink below {@link #MIN_SCALE} of its width, it is moved up above the fewest
 * paragraphs before it that make room (shrunk too if it must), which then follow it, or else below the
 * paragraph after it: the text fills the blank, as around a figure in a printed report.
 */
final class FigureFit {

    static final int MAX_PASSES = 12;
    static final double MAX_BLANK_MM = 40;
    static final double MIN_SCALE = 0.6;
    /** The caption, source line and spacing of a figure, which do not shrink with it. */
    private static final double FIXED_MM = 16;

    private FigureFit() {
    }

    /** A better page, or empty when no figure leaves a large blank (or none can be helped). */
    static Optional<BriefingPage> improve(BriefingPage page, List<Placement.FigurePlace> places) {
        for (Placement.FigurePlace place : places) {
            if (place.blankBeforeMm() <= MAX_BLANK_MM) {
                continue;
            }
            List<Block> body = new ArrayList<>(page.body());
            int at = indexOf(body, place.id());
            if (at < 0) {
                continue;
            }
            Figure f = (Figure) body.get(at);
            double image = place.heightMm() - FIXED_MM;
            Move move = paragraphsToMoveBelow(place, image);
            if (move != null) {
                Figure fitted = move.scale() < 1 ? resized(f, move.scale()) : f;
                body.remove(at);
                body.add(at - move.paragraphs(), fitted);
            }
            else if (at + 1 < body.size() && body.get(at + 1) instanceof Paragraph next) {
                body.set(at, next);
                body.set(at + 1, f);
            }
            else {
                continue;
            }
            return Optional.of(new BriefingPage(page.header(), page.title(), page.notices(), body, page.closing(),
                    page.annex(), page.metadata()));
        }
        return Optional.empty();
    }

    /** Paragraphs moved from above the figure to below it, and the scale it is drawn at, to fit its page. */
    private record Move(int paragraphs, double scale) {
    }

    /**
     * The fewest paragraphs above the figure that must go below it for it to fit on its page, at full size
     * if it can or else no smaller than {@link #MIN_SCALE}; none at all when it only needs to shrink; null
     * when even all of them do not make room.
     */
    private static Move paragraphsToMoveBelow(Placement.FigurePlace place, double image) {
        double room = place.blankBeforeMm();
        for (int k = 0; k <= place.paragraphsAboveMm().size(); k++) {
            if (k > 0) {
                room += place.paragraphsAboveMm().get(k - 1);
            }
            double scale = image <= 0 ? 0 : Math.min(1, (room - FIXED_MM - 2) / image);
            if (scale >= MIN_SCALE) {
                return new Move(k, scale);
            }
        }
        return null;
    }

    private static Figure resized(Figure f, double scale) {
        return new Figure(f.id(), f.caption(), f.source(), f.alt(), f.style(), f.widthMm() * scale);
    }

    private static int indexOf(List<Block> body, String id) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Figure f && f.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
