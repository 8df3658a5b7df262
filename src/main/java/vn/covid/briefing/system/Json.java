package vn.covid.briefing.system;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run summaries as JSON (Jackson), pretty-printed the way people read them: {@code "name": value}, one
 * array element per line, a newline at the end.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("")).withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE))
        .build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }
}
