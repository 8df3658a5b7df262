package vn.covid.briefing.briefing.templates;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.util.ConcurrentLruCache;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One texts.yml as written: every value kept as the clerk typed it (a date or a number stays text), and
 * where each value stands in the file, so that a problem is reported as "texts.yml line 34, column 5".
 */
public record TextFile(Path path, Map<String, Object> root, Map<String, Mark> marks) {

    /** The texts files that make up a briefing's wording, later ones overriding earlier ones. */
    public record Layers(List<TextFile> files) {

        public String describe() {
            return files.stream().map(f -> f.path().toString()).collect(Collectors.joining(" + "));
        }

        /** The checksum of the files as written (all dates): what a re-render of an edition must find again. */
        public List<Path> paths() {
            return files.stream().map(TextFile::path).toList();
        }
    }

    /**
     * The file as it is on disk now. It is read every time (a clerk's edit counts from the next briefing),
     * but parsed again only when its text changed: a re-run reads the same texts.yml a few times per week.
     */
    public static TextFile load(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new TemplateException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return PARSED.get(new Parsed(path, text));
    }

    /** A file's path and text: the same two give the same parse. */
    private record Parsed(Path path, String text) {
    }

    /** The files parsed lately, by path and text (a few per profile: the installation's, the profile's). */
    private static final ConcurrentLruCache<Parsed, TextFile> PARSED = new ConcurrentLruCache<>(256,
            p -> parse(p.path(), new java.io.StringReader(p.text())));

    /** Texts kept as YAML elsewhere (an edition's snapshot), read the same way. */
    public static TextFile parse(Path name, String yaml) {
        return parse(name, new java.io.StringReader(yaml));
    }

    private static TextFile parse(Path path, Reader in) {
        try {
            Node node = new Yaml(new LoaderOptions()).compose(in);
            Map<String, Mark> marks = new LinkedHashMap<>();
            if (node == null) {
                return new TextFile(path, new LinkedHashMap<>(), marks);
            }
            if (!(node instanceof MappingNode mapping)) {
                throw new TemplateException(where(path, node.getStartMark()) + ": the file must be a mapping of "
                        + "names to texts (name: \"text\")");
            }
            return new TextFile(path, mapping(path, mapping, "", marks), java.util.Collections.unmodifiableMap(marks));
        }
        catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage().lines().findFirst().orElse("");
            throw new TemplateException(where(path, mark) + ": not valid YAML: " + problem
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : "")
                    + "; check the indentation and the quotes of the lines above", e);
        }
        catch (YAMLException e) {
            throw new TemplateException(path + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** "texts.yml line 34, column 5" (1-based, as an editor shows it). */
    static String where(Path path, Mark mark) {
        return mark == null ? path.toString()
                : "%s line %d, column %d".formatted(path, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Where a value stands, or the file alone when unknown. */
    public String where(String dottedPath) {
        return where(path, marks.get(dottedPath));
    }

    private static Map<String, Object> mapping(Path path, MappingNode node, String prefix, Map<String, Mark> marks) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new TemplateException(where(path, t.getKeyNode().getStartMark()) + ": a name must be plain text");
            }
            String name = key.getValue();
            String dotted = prefix.isEmpty() ? name : prefix + "." + name;
            marks.put(dotted, t.getValueNode().getStartMark());
            if (out.put(name, value(path, t.getValueNode(), dotted, marks)) != null) {
                throw new TemplateException(where(path, key.getStartMark()) + ": '" + dotted + "' is given twice");
            }
        }
        return java.util.Collections.unmodifiableMap(out); // shared by every briefing that loads the file
    }

    private static Object value(Path path, Node node, String dotted, Map<String, Mark> marks) {
        return switch (node) {
            case ScalarNode s -> BriefingTexts.nfc(s.getValue());
            case MappingNode m -> mapping(path, m, dotted, marks);
            case SequenceNode q -> {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < q.getValue().size(); i++) {
                    Node item = q.getValue().get(i);
                    marks.put(dotted + "[" + i + "]", item.getStartMark());
                    items.add(value(path, item, dotted + "[" + i + "]", marks));
                }
                yield java.util.Collections.unmodifiableList(items);
            }
            default -> throw new TemplateException(where(path, node.getStartMark()) + ": unexpected value");
        };
    }
}
