package vn.covid.briefing.briefing.compose;

import java.util.ArrayList;
import java.util.List;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Closing;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Signature;

/**
 * "Nơi nhận" and the signature, side by side. The body's last paragraph (with its heading, when the
 * heading would be left alone) moves into the closing, so that the signature never stands alone on a
 * page: the template keeps the closing in one piece.
 */
final class ClosingSection {

    private ClosingSection() {
    }

    /** Takes the last blocks out of {@code body}. */
    static Closing compose(List<Block> body, Words w) {
        List<Block> kept = new ArrayList<>();
        if (!body.isEmpty()) {
            kept.add(0, body.remove(body.size() - 1));
            if (!body.isEmpty() && body.get(body.size() - 1) instanceof Heading) {
                kept.add(0, body.remove(body.size() - 1));
            }
        }
        List<String> names = w.list("recipients");
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            recipients.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ","));
        }
        return new Closing(kept, w.text("closing.recipients-title"), recipients,
                new Signature(w.text("signature.on-behalf"), w.text("signature.title"), w.text("signature.name")));
    }
}
