package vn.covid.briefing.briefing.templates;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.reference.Names;
import vn.covid.briefing.system.Checksums;

/**
 * The office's own words for one report date ({@code notes/2021-09-13.md}): plain Vietnamese text
 * under headings that name the briefing's sections ("# Đánh giá chung", "## Nguyên nhân"), put into
 * those sections. A paragraph is a run of lines; a line starting with "- " is an item. Under "Kết quả
 * thực hiện" a heading the briefing does not have becomes a section of its own ("## An sinh xã hội").
 * Without a notes file the briefing is still complete. The notes are part of an edition's identity.
 */
public record Notes(Path file, Map<String, List<Text>> sections, List<Extra> extraResults, String checksum, String text) {

    /** A paragraph, or an item of a list ("- …"). */
    public record Text(String text, boolean item) {
    }

    /** A section of the office's own under "Kết quả thực hiện": its title as written, and its texts. */
    public record Extra(String title, List<Text> texts) {
    }

    /** The notes of a date that has none. */
    public static Notes none() {
        return new Notes(null, Map.of(), List.of(), "", "");
    }

    public boolean isEmpty() {
        return file == null;
    }

    public List<Text> of(String section) {
        return sections.getOrDefault(section, List.of());
    }

    public static Path fileFor(Path folder, LocalDate date) {
        return folder.resolve(date + ".md");
    }

    /**
     * Reads the notes of the date, if the file exists.
     *
     * @param headings section key → the headings (any of) that name it, from texts.yml {@code notes}
     * @param extrasUnder the section under which unknown headings become sections of their own
     */
    public static Notes read(Path folder, LocalDate date, Map<String, List<String>> headings, String extrasUnder) {
        Path file = fileFor(folder, date);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(file, StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString(), headings, extrasUnder);
        }
        catch (CharacterCodingException e) {
            throw new TemplateException(file + ": not UTF-8 text; save it as UTF-8");
        }
        catch (IOException e) {
            throw new TemplateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Notes from their text (a file, or an edition's snapshot). */
    public static Notes parse(Path file, String text, Map<String, List<String>> headings, String extrasUnder) {
        Map<String, String> byHeading = new LinkedHashMap<>();
        headings.forEach((key, names) -> names.forEach(n -> byHeading.put(Names.fold(n), key)));
        Map<String, List<Text>> sections = new LinkedHashMap<>();
        List<Extra> extras = new ArrayList<>();
        String top = null;
        List<Text> current = null;
        StringBuilder paragraph = new StringBuilder();
        String[] lines = BriefingTexts.nfc(text.replace("\r\n", "\n")).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            boolean heading = line.startsWith("#");
            if (line.isEmpty() || heading || line.startsWith("- ")) {
                flush(paragraph, current);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (heading) {
                int level = line.length() - line.replaceFirst("^#+", "").length();
                String title = line.substring(level).strip();
                String key = byHeading.get(Names.fold(title));
                if (level == 1) {
                    if (key == null) {
                        throw new TemplateException("%s line %d: the heading '%s' names no section of the briefing; use one of: %s"
                            .formatted(file, n + 1, title, known(headings)));
                    }
                    top = key;
                    current = sections.computeIfAbsent(key, k -> new ArrayList<>());
                }
                else if (key != null) {
                    current = sections.computeIfAbsent(key, k -> new ArrayList<>());
                }
                else if (extrasUnder.equals(top)) {
                    Extra extra = new Extra(title, new ArrayList<>());
                    extras.add(extra);
                    current = extra.texts();
                }
                else {
                    throw new TemplateException("%s line %d: the heading '%s' names no part of this section; use one of: %s"
                        .formatted(file, n + 1, title, known(headings)));
                }
                continue;
            }
            if (current == null) {
                throw new TemplateException("%s line %d: text before the first heading; start with a heading such as '# %s'"
                    .formatted(file, n + 1, headings.values().stream().findFirst().map(l -> l.get(0)).orElse("…")));
            }
            if (line.startsWith("- ")) {
                current.add(new Text(line.substring(2).strip(), true));
            }
            else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(paragraph, current);
        return new Notes(file, sections, extras, Checksums.sha256(text), text);
    }

    private static void flush(StringBuilder paragraph, List<Text> into) {
        if (!paragraph.isEmpty() && into != null) {
            into.add(new Text(paragraph.toString(), false));
        }
        paragraph.setLength(0);
    }

    private static String known(Map<String, List<String>> headings) {
        return String.join(", ", headings.values().stream().map(l -> "'" + l.get(0) + "'").toList());
    }
}
