package vn.covid.briefing.briefing.templates;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.covid.briefing.system.Checksums;

/**
 * The briefing's wording for one report date: the layers of texts.yml (the shipped defaults, then the
 * province's own) merged, and every entry of {@code from-date} whose date is on or before the report
 * date applied on top, in date order. So a new signer or recipient list takes effect from a date and
 * earlier weeks keep theirs. Then the province's words ({@code nouns:}, e.g. "Tỉnh" or "Thành phố") are put
 * in wherever a text names one as {@code {{province}}}, so that one wording serves every province. A
 * missing key is an error naming the key, never a blank on the page; a phrase is filled only with the
 * placeholders {@link Phrases} declares for it.
 */
public final class BriefingTexts {

    /** The key under which dated wording lives: {@code from-date: {"2022-01-10": {signature: {...}}}}. */
    public static final String FROM_DATE = "from-date";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    /** The key of the province's words, which any text (and definitions.csv) may name as {@code {{name}}}. */
    public static final String NOUNS = "nouns";

    static final Pattern NOUN = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9-]*)\\}\\}");

    private final String source;
    private final Map<String, Object> root;

    private BriefingTexts(String source, Map<String, Object> root) {
        this.source = source;
        this.root = root;
    }

    /** The wording in force on {@code date}: the layers merged, then the dated entries up to the date. */
    public static BriefingTexts resolve(TextFile.Layers layers, LocalDate date) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (TextFile layer : layers.files()) {
            merge(merged, layer.root());
        }
        Object dated = merged.remove(FROM_DATE);
        if (dated instanceof Map<?, ?> entries) {
            Map<String, Object> byDate = new TreeMap<>();
            entries.forEach((k, v) -> byDate.put(k.toString(), v));
            byDate.forEach((from, overrides) -> {
                if (!LocalDate.parse(from).isAfter(date) && overrides instanceof Map<?, ?> m) {
                    merge(merged, cast(m));
                }
            });
        }
        BriefingTexts texts = new BriefingTexts(layers.describe(), merged);
        return new BriefingTexts(layers.describe(), cast((Map<?, ?>) texts.nounsIn(merged)));
    }

    /** The province's words, by name. */
    public Map<String, String> nouns() {
        return map(NOUNS);
    }

    /** A text with the province's words put in for {@code {{name}}} (definitions.csv's, which is not YAML). */
    public String withNouns(String text) {
        Matcher m = NOUN.matcher(text);
        StringBuilder out = new StringBuilder();
        Map<String, String> nouns = nouns();
        while (m.find()) {
            String noun = nouns.get(m.group(1));
            if (noun == null) {
                throw new TemplateException(source + ": '{{" + m.group(1) + "}}' is not one of the words under '" + NOUNS
                        + ":' (" + String.join(", ", nouns.keySet()) + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(noun));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Object nounsIn(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), NOUNS.equals(k) && node == root ? v : nounsIn(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(this::nounsIn).toList();
        }
        return node instanceof String text ? withNouns(text) : node;
    }

    /** Wording from a plain map (tests, and the national briefing's own texts). */
    public static BriefingTexts of(String source, Map<String, Object> root) {
        return new BriefingTexts(source, root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** Maps merge key by key; anything else (a text, a list) is replaced whole. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((key, value) -> {
            Object before = into.get(key);
            if (before instanceof Map<?, ?> b && value instanceof Map<?, ?> v) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) b);
                merge(copy, (Map<String, Object>) v);
                into.put(key, copy);
            }
            else {
                into.put(key, value);
            }
        });
    }

    /** The resolved wording's checksum: what an edition's identity records of its words. */
    public String checksum() {
        return Checksums.sha256(canonical(root));
    }

    /** The resolved wording as canonical text (sorted keys), stored with an edition so it can be made again. */
    public String canonical() {
        return canonical(root);
    }

    /**
     * The resolved wording as text in its own order (keys as the files give them): two wordings with the same
     * such text give the same snapshot.
     */
    String ordered() {
        StringBuilder out = new StringBuilder();
        write(root, out, false);
        return out.toString();
    }

    private static String canonical(Object node) {
        StringBuilder out = new StringBuilder();
        write(node, out, true);
        return out.toString();
    }

    private static void write(Object node, StringBuilder out, boolean canonical) {
        if (node instanceof Map<?, ?> map) {
            out.append('{');
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(k.toString(), v));
            (canonical ? new TreeMap<>(entries) : entries).forEach((k, v) -> {
                out.append(quote(k)).append(':');
                write(v, out, canonical);
                out.append(',');
            });
            out.append('}');
        }
        else if (node instanceof List<?> list) {
            out.append('[');
            list.forEach(v -> {
                write(v, out, canonical);
                out.append(',');
            });
            out.append(']');
        }
        else {
            out.append(quote(String.valueOf(node))); // texts.yml's scalars are all read as text
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    Map<String, Object> root() {
        return root;
    }

    private Object value(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                throw new TemplateException(source + " has no '" + path + "'; add it (see the shipped templates/texts.yml)");
            }
            node = map.get(part);
        }
        return node;
    }

    public boolean has(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return false;
            }
            node = map.get(part);
        }
        return true;
    }

    /** A text, NFC-normalised so that the PDF carries one form of every Vietnamese letter. */
    public String text(String path) {
        Object v = value(path);
        if (v instanceof Map || v instanceof List) {
            throw new TemplateException(source + ": '" + path + "' must be a plain text");
        }
        return nfc(String.valueOf(v));
    }

    public List<String> list(String path) {
        Object v = value(path);
        if (!(v instanceof List<?> items)) {
            throw new TemplateException(source + ": '" + path + "' must be a list");
        }
        return items.stream().map(i -> nfc(String.valueOf(i))).toList();
    }

    /** A mapping of plain texts (regime names, rejection reasons, …); empty when absent. */
    public Map<String, String> map(String path) {
        if (!has(path)) {
            return Map.of();
        }
        Object v = value(path);
        Map<String, String> out = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> out.put(k.toString(), nfc(String.valueOf(x))));
        }
        return out;
    }

    /**
     * A phrase with its {placeholders} filled: phrase("phrases.deaths", "deaths", "3", ...). The names
     * given must be the ones {@link Phrases} declares for the key (a programming error otherwise), so
     * that the check of a clerk's edit and the code never disagree.
     */
    public String phrase(String path, Object... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i].toString(), nfc(String.valueOf(namesAndValues[i + 1])));
        }
        Phrases.requireDeclared(path, values.keySet());
        String text = text(path);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new TemplateException(source + ": '" + path + "' uses {" + m.group(1) + "}, which is not one of "
                        + Phrases.placeholders(path));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every {placeholder} a text uses (a province's word, {{province}}, is not one). */
    static List<String> placeholdersIn(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(NOUN.matcher(text).replaceAll(""));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
