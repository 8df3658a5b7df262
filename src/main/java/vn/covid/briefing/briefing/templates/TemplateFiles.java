package vn.covid.briefing.briefing.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Where the office's files are and how they are read: the texts (the shipped templates/texts.yml, then
 * any later layer, such as a province's own), briefing.html, briefing.css, definitions.csv, and the
 * notes folder ({@code <date>.md}). Read at every briefing, so a clerk's edit takes effect on the next.
 */
public final class TemplateFiles {

    /** The notes section under which an unknown heading becomes a section of its own. */
    public static final String EXTRAS_UNDER = "results";

    private final Path folder;
    private final List<Path> textLayers;
    private final Path notes;

    /**
     * @param folder templates/: briefing.html, briefing.css, definitions.csv, texts.yml
     * @param moreTexts texts files that override templates/texts.yml, in order (a province's own)
     * @param notes the folder of the office's weekly notes
     */
    public TemplateFiles(Path folder, List<Path> moreTexts, Path notes) {
        this.folder = folder;
        List<Path> layers = new ArrayList<>(List.of(folder.resolve("texts.yml")));
        layers.addAll(moreTexts);
        this.textLayers = List.copyOf(layers);
        this.notes = notes;
    }

    public Path folder() {
        return folder;
    }

    public Path notesFolder() {
        return notes;
    }

    public TextFile.Layers texts() {
        return new TextFile.Layers(textLayers.stream().filter(Files::isRegularFile).map(TextFile::load).toList());
    }

    public String html() {
        return read(folder.resolve("briefing.html"));
    }

    public String css() {
        return read(folder.resolve("briefing.css"));
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
