package vn.covid.briefing.briefing.compose;

import java.util.ArrayList;
import java.util.List;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.templates.Notes;

/**
 * The opening paragraph, as the committee's reports open: the conclusion or instruction this report
 * answers, then what it reports on. The office's notes ("# Mở đầu") replace it; otherwise the texts
 * give it, with the instruction in force on the report date (texts.yml {@code opening.instruction},
 * dated with {@code from-date} so that an instruction is never cited before it was issued).
 */
final class OpeningSection {

    private OpeningSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        List<Notes.Text> notes = in.notes().of("opening");
        if (!notes.isEmpty()) {
            notes.forEach(n -> out.add(n.item() ? Paragraph.item(n.text()) : Paragraph.of(n.text())));
            return out;
        }
        String instruction = w.text("opening.instruction");
        String period = HeadingSection.period(in, w);
        out.add(Paragraph.of(instruction.isBlank() ? w.phrase("opening.plain", "period", period)
                : w.phrase("opening.answering", "instruction", instruction, "period", period)));
        return out;
    }
}
