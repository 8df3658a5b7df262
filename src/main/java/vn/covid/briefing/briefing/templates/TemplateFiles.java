package vn.covid.briefing.briefing.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Where the office's files are and how they are read, in layers: the installation's templates/, then the
 * province profile's folder. Every texts.yml of the layers is merged over the ones before it, key by key;
 * briefing.html, briefing.css and definitions.csv are taken whole from the last layer that has the file.
 * The notes folder holds the office's weekly notes ({@code <date>.md}). Read at every briefing, so a
 * clerk's edit takes effect on the next.
 */
public final class TemplateFiles {

    /** The notes section under which an unknown heading becomes a section of its own. */
    public static final String EXTRAS_UNDER = "results";

    private final List<Path> layers;
    private final Path notes;

    /**
     * @param layers templates/ (which must hold every file), then the folders whose files override it, in order
     * @param notes the folder of the office's weekly notes
     */
    public TemplateFiles(List<Path> layers, Path notes) {
        this.layers = List.copyOf(layers);
        this.notes = notes;
    }

    public Path notesFolder() {
        return notes;
    }

    /** The file of this name that a briefing uses: the last layer's that has one. */
    public Path file(String name) {
        for (int i = layers.size() - 1; i > 0; i--) {
            Path f = layers.get(i).resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return layers.get(0).resolve(name);
    }

    public TextFile.Layers texts() {
        return new TextFile.Layers(layers.stream().map(l -> l.resolve("texts.yml")).filter(Files::isRegularFile)
            .map(TextFile::load).toList());
    }

    public String html() {
        return read(file("briefing.html"));
    }

    public String css() {
        return read(file("briefing.css"));
    }

    public String definitions() {
        return read(file("definitions.csv"));
    }

    /** The office's notes of a date, read with the section headings of the wording in force then. */
    public Notes notes(LocalDate date, BriefingTexts texts) {
        return Notes.read(notes, date, headings(texts), EXTRAS_UNDER);
    }

    /** Section key → the headings that name it, from texts.yml {@code notes.headings}. */
    public static Map<String, List<String>> headings(BriefingTexts texts) {
        Map<String, List<String>> headings = new LinkedHashMap<>();
        for (String key : texts.map("notes.headings").keySet()) {
            headings.put(key, texts.list("notes.headings." + key));
        }
        return headings;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new TemplateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
