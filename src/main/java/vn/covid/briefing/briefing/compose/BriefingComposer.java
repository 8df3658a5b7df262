package vn.covid.briefing.briefing.compose;

import java.util.ArrayList;
import java.util.List;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Closing;
import vn.covid.briefing.briefing.compose.BriefingPage.Header;
import vn.covid.briefing.briefing.compose.BriefingPage.Title;

/**
 * Words a gathered week into the committee's document, section by section, in the order of its own
 * reports: the head and its notices, the opening paragraph, the key figures, I- the situation, II- the
 * results of the measures, III- the assessment, IV- the tasks, V- the proposals, the closing and the
 * annex. Each section is a small class of its own; none computes a figure the indicators did not.
 */
public final class BriefingComposer {

    /** A minus that is not a hyphen: before a digit, not after a letter or digit ("−316", not "13-9"). */
    private static final java.util.regex.Pattern MINUS = java.util.regex.Pattern.compile("(?<![\\p{L}\\d])-(?=\\d)");

    private BriefingComposer() {
    }

    /** Every text of the page in one tone-mark style and with one minus sign. */
    static String finish(Words w, String text) {
        return MINUS.matcher(w.places().toneStyle(text)).replaceAll(Words.MINUS);
    }

    public static BriefingPage compose(BriefingInputs in, Words w) {
        Header header = HeadingSection.header(in, w);
        Title title = HeadingSection.title(in, w);
        List<String> notices = HeadingSection.notices(in, w);
        List<Block> body = new ArrayList<>();
        body.addAll(OpeningSection.compose(in, w));
        body.addAll(KeyFiguresSection.compose(in, w));
        body.addAll(SituationSection.compose(in, w));
        body.addAll(ResultsSection.compose(in, w));
        body.addAll(EvaluationSection.compose(in, w));
        body.addAll(TasksSection.compose(in, w));
        body.addAll(ProposalsSection.compose(in, w));
        Closing closing = ClosingSection.compose(body, w);
        List<Block> annex = AnnexSection.compose(in, w, HeadingSection.reference(in, w));
        return new BriefingPage(header, title, notices, body, closing, annex,
                HeadingSection.metadata(in, w, header, title)).mapText(text -> finish(w, text));
    }
}
