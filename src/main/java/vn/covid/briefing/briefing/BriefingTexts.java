package vn.covid.briefing.briefing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The wording of the briefing, from {@code templates/texts.yml}: read at every render, so a clerk's edit
 * takes effect on the next briefing. A missing key is an error naming the file and the key, never a
 * blank on the page.
 */
public final class BriefingTexts {

    private final Path file;
    private final Map<String, Object> root;

    private BriefingTexts(Path file, Map<String, Object> root) {
        this.file = file;
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    public static BriefingTexts load(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            Object loaded = new Yaml(options).load(in);
            if (!(loaded instanceof Map)) {
                throw new IllegalStateException(file + " must be a YAML mapping of texts");
            }
            return new BriefingTexts(file, (Map<String, Object>) loaded);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot read the briefing's texts " + file + ": " + e.getMessage(), e);
        }
        catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalStateException(file + " is not valid YAML (check quotes and indentation): "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public Path file() {
        return file;
    }

    private Object value(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                throw new IllegalStateException(file + " has no '" + path + "'; add it (see the shipped templates/texts.yml)");
            }
            node = map.get(part);
        }
        return node;
    }

    /** A text, NFC-normalised so that the PDF carries one form of every Vietnamese letter. */
    public String text(String path) {
        return plain(value(path));
    }

    /** YAML reads 2021-09-13 as a date: give it back as written. */
    static String plain(Object v) {
        if (v instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return v == null ? "" : nfc(v.toString());
    }

    public List<String> list(String path) {
        Object v = value(path);
        if (!(v instanceof List<?> items)) {
            throw new IllegalStateException(file + ": '" + path + "' must be a list");
        }
        return items.stream().map(i -> nfc(String.valueOf(i))).toList();
    }

    public Map<?, ?> map(String path) {
        Object v = value(path);
        return v instanceof Map<?, ?> m ? m : Map.of();
    }

    /** A phrase with its {placeholders} filled: phrase("phrases.deaths", "deaths", "3", ...). */
    public String phrase(String path, Object... namesAndValues) {
        String text = text(path);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", nfc(String.valueOf(namesAndValues[i + 1])));
        }
        return text;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
