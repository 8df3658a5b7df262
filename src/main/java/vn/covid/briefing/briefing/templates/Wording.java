package vn.covid.briefing.briefing.templates;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.util.ConcurrentLruCache;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import vn.covid.briefing.system.Checksums;

/**
 * The words and layout of one briefing: the texts in force on its date, the template, the style sheet,
 * the definitions, and the office's notes. An edition keeps a snapshot of it, so that the same edition
 * can be made again byte for byte after a clerk has edited the templates.
 */
public record Wording(BriefingTexts texts, String html, String css, String definitions, Notes notes) {

    /** The wording of a date, from the office's files as they are now. */
    public static Wording of(TemplateFiles files, LocalDate date) {
        BriefingTexts texts = BriefingTexts.resolve(files.texts(), date);
        return new Wording(texts, files.html(), files.css(), texts.withNouns(definitionsOn(files.definitions(), date)),
                files.notes(date, texts));
    }

    /**
     * The definitions that hold on the date: a row with a {@code tu_ngay} (from) date replaces the row of its key
     * from that date on, and a row dated later than the report is left out (QĐ 4800 is no source before 12/10/2021).
     */
    static String definitionsOn(String csv, LocalDate date) {
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv));
            if (!parser.getHeaderMap().containsKey("tu_ngay")) {
                return csv;
            }
            List<String> header = parser.getHeaderNames().stream().filter(h -> !h.equals("tu_ngay")).toList();
            Map<String, List<String>> byKey = new LinkedHashMap<>();
            Map<String, LocalDate> since = new LinkedHashMap<>();
            for (CSVRecord r : parser) {
                String from = r.get("tu_ngay").strip();
                LocalDate day = from.isEmpty() ? LocalDate.MIN : LocalDate.parse(from);
                String key = r.get(0);
                if (!day.isAfter(date) && (!since.containsKey(key) || !day.isBefore(since.get(key)))) {
                    since.put(key, day);
                    byKey.put(key, header.stream().map(r::get).toList());
                }
            }
            StringBuilder out = new StringBuilder();
            try (var printer = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
                for (List<String> row : byKey.values()) {
                    printer.printRecord(row);
                }
            }
            return out.toString();
        }
        catch (IOException | RuntimeException e) {
            throw new TemplateException("definitions.csv: " + e.getMessage(), e);
        }
    }

    /** What the words and layout are: the checksum an edition records (the notes are part of the content instead). */
    public String checksum() {
        return Checksums.sha256(texts.checksum() + "|" + Checksums.sha256(html) + "|" + Checksums.sha256(css) + "|"
                + Checksums.sha256(definitions));
    }

    /** The texts' own version line (texts.yml {@code version}), printed in the provenance. */
    public String version() {
        return texts.has("version") ? texts.text("version") : "";
    }

    public List<String[]> definitionRows() {
        List<String[]> rows = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(definitions))) {
                rows.add(new String[] { r.get(0), BriefingTexts.nfc(r.get(1)), BriefingTexts.nfc(r.get(2)),
                        r.size() > 3 ? BriefingTexts.nfc(r.get(3)) : "" });
            }
        }
        catch (IOException | IllegalArgumentException e) {
            throw new TemplateException("definitions.csv: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The wordings last written as snapshots: a year's briefings of a province mostly share a few. */
    private static final ConcurrentLruCache<Snapshot, String> SNAPSHOTS = new ConcurrentLruCache<>(64, Snapshot::yaml);

    /**
     * What a snapshot is made of: the same gives the same YAML. The texts' map does not tell two key orders
     * apart, which the YAML does, so their text in their own order is part of it too.
     */
    private record Snapshot(String order, Map<String, Object> texts, String html, String css, String definitions,
            String notes, String notesFile) {

        String yaml() {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("texts", texts);
            all.put("html", html);
            all.put("css", css);
            all.put("definitions", definitions);
            all.put("notes", notes);
            all.put("notesFile", notesFile);
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            return new Yaml(options).dump(all);
        }
    }

    /**
     * The snapshot an edition stores: YAML with the resolved texts and the other files as text. Writing the
     * YAML is a few per cent of a re-run's time, so a wording already written is not written again.
     */
    public String snapshot() {
        return SNAPSHOTS.get(new Snapshot(texts.ordered(), texts.root(), html, css, definitions, notes.text(),
                notes.file() == null ? "" : notes.file().toString()));
    }

    /** The wording an edition was made with, from its snapshot. */
    public static Wording fromSnapshot(String snapshot, String name) {
        return fromSnapshot(snapshot, name, null);
    }

    /**
     * The wording an edition was made with, from its snapshot; a text the snapshot lacks (one a later version
     * of the application needs, added to templates/ since) is taken from {@code now}, every other stays as issued.
     */
    @SuppressWarnings("unchecked")
    public static Wording fromSnapshot(String snapshot, String name, BriefingTexts now) {
        TextFile file = TextFile.parse(Path.of(name), snapshot);
        Map<String, Object> root = file.root();
        Map<String, Object> issued = (Map<String, Object>) root.get("texts");
        Map<String, Object> merged = new LinkedHashMap<>();
        if (now != null) {
            BriefingTexts.merge(merged, now.root());
        }
        BriefingTexts.merge(merged, issued);
        BriefingTexts texts = BriefingTexts.of(name, merged);
        String notesText = (String) root.get("notes");
        String notesFile = (String) root.get("notesFile");
        Notes notes = notesText.isEmpty() ? Notes.none()
                : Notes.parse(Path.of(notesFile), notesText, TemplateFiles.headings(texts), TemplateFiles.EXTRAS_UNDER);
        return new Wording(texts, (String) root.get("html"), (String) root.get("css"), (String) root.get("definitions"),
                notes);
    }
}
