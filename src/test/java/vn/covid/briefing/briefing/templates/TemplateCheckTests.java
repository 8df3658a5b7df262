package vn.covid.briefing.briefing.templates;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.support.Briefing;

/** Files found right once are not checked again; an edit is checked as if they never had been. */
class TemplateCheckTests {

    @TempDir
    Path profile;

    @Test
    void anEditAfterAPassingCheckIsCheckedAgain() throws Exception {
        Path texts = Files.copy(Briefing.PROJECT.resolve("profiles/dong-thap/texts.yml"), profile.resolve("texts.yml"));
        String good = Files.readString(texts);
        TemplateFiles files = new TemplateFiles(List.of(Briefing.PROJECT.resolve("templates"), profile), profile.resolve("notes"));
        assertThatCode(() -> TemplateCheck.check(files)).doesNotThrowAnyException();
        assertThatCode(() -> TemplateCheck.check(files)).doesNotThrowAnyException();

        Files.writeString(texts, good + "\nrecipients: { a: \"b\" }\n");
        assertThatThrownBy(() -> TemplateCheck.check(files)).isInstanceOf(TemplateException.class)
            .hasMessageContaining("recipients");
        Files.writeString(texts, good);
        assertThatCode(() -> TemplateCheck.check(files)).doesNotThrowAnyException();

        Path html = profile.resolve("briefing.html");
        Files.writeString(html, Files.readString(Briefing.PROJECT.resolve("templates/briefing.html")).replaceFirst("</body>", "</bod>"));
        assertThatThrownBy(() -> TemplateCheck.check(files)).isInstanceOf(TemplateException.class)
            .hasMessageContaining("briefing.html");
    }
}
