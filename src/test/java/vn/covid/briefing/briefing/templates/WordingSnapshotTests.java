package vn.covid.briefing.briefing.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An edition's snapshot is the YAML of its wording; a wording already written is not written again, so
 * what decides that must tell apart every two wordings whose YAML differs, key order included.
 */
class WordingSnapshotTests {

    private static final LocalDate DATE = LocalDate.of(2021, 9, 13);

    @Test
    void theSameWordingGivesTheSameSnapshotAndAnEditAnotherOne() {
        String first = wording("signature:\n  name: \"Lê Quốc Phong\"\n  title: \"BÍ THƯ\"\n").snapshot();
        assertThat(wording("signature:\n  name: \"Lê Quốc Phong\"\n  title: \"BÍ THƯ\"\n").snapshot()).isEqualTo(first)
            .contains("Lê Quốc Phong");
        String edited = wording("signature:\n  name: \"Lê Quốc Phang\"\n  title: \"BÍ THƯ\"\n").snapshot();
        assertThat(edited).contains("Lê Quốc Phang").doesNotContain("Lê Quốc Phong");
    }

    @Test
    void keysInAnotherOrderGiveTheirOwnSnapshot() {
        String nameFirst = wording("signature:\n  name: \"A\"\n  title: \"B\"\n").snapshot();
        String titleFirst = wording("signature:\n  title: \"B\"\n  name: \"A\"\n").snapshot();
        assertThat(titleFirst).isNotEqualTo(nameFirst);
        assertThat(titleFirst.indexOf("title")).isLessThan(titleFirst.indexOf("name"));
    }

    @Test
    void aSnapshotGivesBackTheWordingItWasWrittenFrom() {
        Wording made = wording("signature:\n  name: \"Lê Quốc Phong\"\n");
        Wording back = Wording.fromSnapshot(made.snapshot(), "test");
        assertThat(back.texts().canonical()).isEqualTo(made.texts().canonical());
        assertThat(back.snapshot()).isEqualTo(made.snapshot());
    }

    private static Wording wording(String yaml) {
        BriefingTexts texts = BriefingTexts.resolve(new TextFile.Layers(List.of(TextFile.parse(Path.of("texts.yml"), yaml))),
                DATE);
        return new Wording(texts, "<html/>", "p { }", "chi_so,cach_tinh,can_cu\n", Notes.none());
    }
}
