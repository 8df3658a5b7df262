package vn.covid.briefing.briefing.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A texts.yml is read at every load and parsed again only when its text changed; what it gives is shared, so read-only. */
class TextFileTests {

    @TempDir
    Path dir;

    @Test
    void aFileLoadedAgainUnchangedIsTheSameParse() throws Exception {
        Path texts = Files.writeString(dir.resolve("texts.yml"), "signature: { name: \"Lê Quốc Phong\" }\n");
        TextFile first = TextFile.load(texts);
        assertThat(TextFile.load(texts)).isSameAs(first);
    }

    @Test
    void anEditCountsFromTheNextLoadWhateverItsSizeAndTime() throws Exception {
        Path texts = dir.resolve("texts.yml");
        Files.writeString(texts, "signature: { name: \"Lê Quốc Phong\" }\n", StandardCharsets.UTF_8);
        var time = Files.getLastModifiedTime(texts);
        assertThat(name(TextFile.load(texts))).isEqualTo("Lê Quốc Phong");
        // the same length and the same modification time: only the text tells them apart
        Files.writeString(texts, "signature: { name: \"Lê Quốc Phang\" }\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(texts, time);
        assertThat(name(TextFile.load(texts))).isEqualTo("Lê Quốc Phang");
    }

    @Test
    void whatAFileGivesCannotBeChangedByTheOneWhoLoadedIt() throws Exception {
        Path texts = Files.writeString(dir.resolve("texts.yml"), "recipients:\n  - \"Như trên\"\nsignature: { name: \"A\" }\n");
        TextFile file = TextFile.load(texts);
        assertThatThrownBy(() -> file.root().put("signature", "B")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<Object>) file.root().get("recipients")).add("C"))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThat(TextFile.load(texts).root().get("recipients")).isEqualTo(List.of("Như trên"));
    }

    @SuppressWarnings("unchecked")
    private static String name(TextFile file) {
        return (String) ((Map<String, Object>) file.root().get("signature")).get("name");
    }
}
