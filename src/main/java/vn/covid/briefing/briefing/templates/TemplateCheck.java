package vn.covid.briefing.briefing.templates;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.SAXParserFactory;

import org.springframework.util.ConcurrentLruCache;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks the office's files before anything is issued, so that a clerk's slip stops the run with a
 * message naming the file, the line and column, the value and what is wrong, instead of reaching a
 * signed PDF: a placeholder the code does not fill ({casess}), a text that a stray colon turned into
 * "name: value", a list that is not a list, a dated entry whose date is not a date, a layout that is not
 * well-formed XHTML. YAML errors themselves are reported by {@link TextFile} with their line and column.
 */
public final class TemplateCheck {

    /** Texts that must be lists of plain lines. */
    private static final Set<String> LISTS = Set.of("recipients", "tasks.standing", "measures.level-names");

    /**
     * The texts and layouts found right, by what they are made of: checking them again at every briefing
     * (the XHTML parsed, the texts resolved) was 3 % of a re-run. A check that finds a problem is not kept.
     */
    private static final ConcurrentLruCache<Checked, Boolean> PASSED = new ConcurrentLruCache<>(64, Checked::passes);

    /** The texts files, and the layout with its file (named in a problem). */
    private record Checked(List<TextFile> texts, Path htmlFile, String html) {

        /** True when the check passes; otherwise a TemplateException with every problem found, one per line. */
        Boolean passes() {
            check(new TextFile.Layers(texts), htmlFile, html);
            return Boolean.TRUE;
        }
    }

    private TemplateCheck() {
    }

    /** @throws TemplateException with every problem found, one per line */
    public static void check(TemplateFiles files) {
        PASSED.get(new Checked(files.texts().files(), files.file("briefing.html"), files.html()));
    }

    private static void check(TextFile.Layers layers, Path htmlFile, String html) {
        List<String> problems = new ArrayList<>();
        Set<String> nouns = new java.util.TreeSet<>();
        for (TextFile file : layers.files()) {
            if (file.root().get(BriefingTexts.NOUNS) instanceof Map<?, ?> m) {
                m.keySet().forEach(k -> nouns.add(k.toString()));
            }
        }
        for (TextFile file : layers.files()) {
            walk(file, "", file.root(), nouns, problems);
        }
        if (problems.isEmpty()) {
            BriefingTexts base = BriefingTexts.resolve(layers, LocalDate.MAX);
            for (String key : java.util.stream.Stream.concat(Phrases.all().keySet().stream(), Phrases.required().stream())
                .toList()) {
                if (!base.has(key)) {
                    problems.add(layers.describe() + ": '" + key + "' is missing; add it (see " + (Phrases.PROVINCE_TEXTS
                        .contains(key) ? "a province's texts.yml, e.g. profiles/dong-thap/texts.yml)" : "the shipped templates/texts.yml)"));
                }
            }
        }
        html(htmlFile, html, problems);
        if (!problems.isEmpty()) {
            throw new TemplateException(String.join("\n", problems));
        }
    }

    private static void walk(TextFile file, String path, Object node, Set<String> nouns, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = path.isEmpty() ? k.toString() : path + "." + k;
                if (path.equals(BriefingTexts.FROM_DATE)) {
                    try {
                        LocalDate.parse(k.toString());
                    }
                    catch (DateTimeParseException e) {
                        problems.add(file.where(key) + ": '" + k + "' under from-date is not a date; write it as "
                                + "\"2022-01-10\"");
                    }
                }
                walk(file, key, v, nouns, problems);
            });
            return;
        }
        String key = path.replaceFirst("^" + BriefingTexts.FROM_DATE + "\\.[^.]+\\.", "");
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String item) {
                    nouns(file, path + "[" + i + "]", key, item, nouns, problems);
                }
                else {
                    problems.add(file.where(path + "[" + i + "]") + ": item " + (i + 1) + " of '" + key
                            + "' is not a plain line (YAML read it as " + describe(list.get(i)) + "); put the line in "
                            + "\"quotes\"");
                }
            }
            return;
        }
        if (LISTS.contains(key)) {
            problems.add(file.where(path) + ": '" + key + "' must be a list of lines, each starting with \"- \"");
            return;
        }
        String text = String.valueOf(node);
        nouns(file, path, key, text, nouns, problems);
        List<String> used = BriefingTexts.placeholdersIn(text);
        if (used.isEmpty()) {
            return;
        }
        List<String> allowed = Phrases.all().get(key);
        if (allowed == null) {
            problems.add(file.where(path) + ": '" + key + "' uses {" + used.get(0) + "}, but nothing fills a placeholder "
                    + "here; remove the braces");
            return;
        }
        for (String name : used) {
            if (!allowed.contains(name)) {
                problems.add(file.where(path) + ": '" + key + "' uses {" + name + "}, which is not one of "
                        + Phrases.placeholders(key) + "; check the spelling");
            }
        }
    }

    /** The province's words a text names ({{province}}) must be under nouns: in one of the layers. */
    private static void nouns(TextFile file, String path, String key, String text, Set<String> nouns,
            List<String> problems) {
        java.util.regex.Matcher noun = BriefingTexts.NOUN.matcher(text);
        while (noun.find()) {
            if (!nouns.contains(noun.group(1))) {
                problems.add(file.where(path) + ": '" + key + "' uses {{" + noun.group(1) + "}}, which is not one of the "
                        + "words under 'nouns:' (" + String.join(", ", nouns) + "); check the spelling");
            }
        }
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            var e = m.entrySet().iterator().next();
            return "a name and a value, '" + e.getKey() + "' and '" + e.getValue() + "', because of the colon";
        }
        return value instanceof List ? "a list" : "something else";
    }

    private static void html(Path file, String html, List<String> problems) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(html)), new DefaultHandler());
        }
        catch (SAXParseException e) {
            problems.add("%s line %d, column %d: not well-formed XHTML: %s".formatted(file, e.getLineNumber(),
                    e.getColumnNumber(), e.getMessage()));
        }
        catch (Exception e) {
            problems.add(file + ": cannot be read as XHTML: " + e.getMessage());
        }
    }
}
