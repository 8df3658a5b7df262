package vn.covid.briefing.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The template reads the page's records through {@link RecordProperties} as it read them through OGNL's own accessor. */
class RecordPropertiesTests {

    interface Kind {
        default String kind() {
            return "heading";
        }
    }

    /** Not public, as some of the page's records are not. */
    record Heading(String text, int level) implements Kind {
    }

    record Both(String name) {
        public String getName() {
            return "from the getter";
        }
    }

    public static final class Bean {
        public String getTitle() {
            return "a beans title";
        }
    }

    static {
        new PdfRenderer(); // installs the accessor, as the briefing's renderer does
    }

    @Test
    void theRecordsAreReadByTheAccessorOfOurs() throws Exception {
        assertThat(ognl.OgnlRuntime.getPropertyAccessor(Heading.class)).isInstanceOf(RecordProperties.class);
        assertThat(ognl.OgnlRuntime.getPropertyAccessor(Bean.class)).isNotInstanceOf(RecordProperties.class);
    }

    @Test
    void aRecordsComponentsAndMethodsAreReadAsProperties() {
        assertThat(render("<p th:text=\"${h.text} + '/' + ${h.level} + '/' + ${h.kind}\"/>", new Heading("Ca mac moi", 2)))
            .isEqualTo("<p>Ca mac moi/2/heading</p>");
    }

    @Test
    void aGetterComesFirstAsInOgnl() {
        assertThat(render("<p th:text=\"${h.name}\"/>", new Both("from the component"))).isEqualTo("<p>from the getter</p>");
    }

    @Test
    void whatIsNotARecordIsReadAsBeforeAndAMissingPropertyIsStillAnError() {
        assertThat(render("<p th:text=\"${h.title}\"/>", new Bean())).isEqualTo("<p>a beans title</p>");
        assertThat(render("<p th:each=\"x : ${h}\" th:text=\"${x.text}\"/>", List.of(new Heading("a", 1), new Heading("b", 1))))
            .isEqualTo("<p>a</p><p>b</p>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> render("<p th:text=\"${h.colour}\"/>", new Heading("a", 1)))
            .hasStackTraceContaining("colour");
    }

    private static String render(String template, Object h) {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariable("h", h);
        return engine.process(template, context);
    }
}
