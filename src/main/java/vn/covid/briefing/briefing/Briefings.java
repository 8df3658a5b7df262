package vn.covid.briefing.briefing;

import static vn.covid.briefing.briefing.VietnameseFormat.dayMonth;
import static vn.covid.briefing.briefing.VietnameseFormat.number;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.assessment.Assessor;
import vn.covid.briefing.assessment.WeekAssessment;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.indicators.WeeklyIndicators;
import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.AtomicFiles;
import vn.covid.briefing.system.BriefingProperties;
import vn.covid.briefing.system.Checksums;

/**
 * Issues the briefing of a report date as an edition: computes the week, words it, draws its figures,
 * renders the PDF and writes it atomically as {@code output/<year>/<date>_bao-cao-tuan_ban-<n>.pdf}.
 * An edition is fixed to the data revision and templates it was made from: the same again is "up to
 * date" (or, forced, the same bytes again); anything changed becomes the next edition, which says what
 * changed since the one before.
 */
@Service
public class Briefings {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Briefings.class);

    /** What {@link #issue} did. */
    public record Outcome(LocalDate reportDate, int edition, Path pdf, Status status, long missingReports,
            long millis) {

        public enum Status {
            NEW_EDITION, UP_TO_DATE, RE_RENDERED
        }

        /** Whether this run made a PDF (a new edition, or the same one again), not just found it current. */
        public boolean rendered() {
            return status != Status.UP_TO_DATE;
        }

        /** Counts the outcomes that made a PDF. */
        public static long rendered(List<Outcome> outcomes) {
            return outcomes.stream().filter(Outcome::rendered).count();
        }
    }

    /** An edition as recorded. */
    public record Edition(LocalDate reportDate, int edition, String dataRevision, String templateChecksum,
            Instant issuedAt, String pdfChecksum, Path pdf, boolean provisional) {

        /** Made of exactly this content: the same data revision and templates. */
        boolean madeOf(Identity identity) {
            return dataRevision.equals(identity.dataRevision()) && templateChecksum.equals(identity.templateChecksum());
        }

        /** Made of this content and still on disk: nothing to do. */
        boolean current(Identity identity) {
            return madeOf(identity) && Files.isRegularFile(pdf);
        }

        Outcome upToDate(long millis) {
            return new Outcome(reportDate, edition, pdf, Outcome.Status.UP_TO_DATE, 0, millis);
        }
    }

    private final WeeklyIndicators indicators;
    private final Assessor assessor;
    private final EditionSources store;
    private final JdbcTemplate jdbc;
    private final BriefingProperties properties;
    private final WeekProperties week;
    private final AssessmentProperties rules;
    private final Clock clock;
    private final ReferenceData reference;
    private final PdfRenderer renderer;

    public Briefings(WeeklyIndicators indicators, Assessor assessor, EditionSources store, JdbcTemplate jdbc, BriefingProperties properties,
            WeekProperties week, AssessmentProperties rules, Clock clock, ReferenceData reference) {
        this.reference = reference;
        this.indicators = indicators;
        this.assessor = assessor;
        this.store = store;
        this.jdbc = jdbc;
        this.properties = properties;
        this.week = week;
        this.rules = rules;
        this.clock = clock;
        this.renderer = new PdfRenderer(templates());
    }

    Path templates() {
        return properties.home().resolve("templates");
    }

    public Path pdfPath(LocalDate date, int edition) {
        return properties.output().resolve(Integer.toString(date.getYear()))
            .resolve(date + "_bao-cao-tuan_ban-" + edition + ".pdf");
    }

    public Optional<Edition> latestEdition(LocalDate date) {
        return jdbc.query("SELECT report_date, edition, data_revision, template_checksum, issued_at, pdf_checksum, pdf_path, "
                + "provisional FROM briefing_edition WHERE report_date = ? ORDER BY edition DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> new Edition(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), Path.of(rs.getString(7)), rs.getBoolean(8)),
                java.sql.Date.valueOf(date)).stream().findFirst();
    }

    /**
     * What an edition is made from: the data revision of the week, the templates' checksum, and how many
     * district reports up to the report date the revision covers (printed in the provenance).
     */
    public record Identity(String dataRevision, String templateChecksum, int reports) {
    }

    public Identity identity(LocalDate date) {
        List<String> districts = reference.units().districtsInScope().stream().map(Unit::code).toList();
        EditionSources.DataRevision revision = store.dataRevision(districts, date);
        return new Identity(revision.hash(), renderer.templateChecksum(), revision.reports());
    }

    public Outcome issue(LocalDate date, boolean force) {
        return issue(date, force, identity(date));
    }

    /** @param identity what the week is made from now (the briefing job has it in its parameters) */
    public Outcome issue(LocalDate date, boolean force, Identity identity) {
        long start = System.nanoTime();
        UnitDirectory units = reference.units();
        List<String> districts = units.districtsInScope().stream().map(Unit::code).toList();
        String revision = identity.dataRevision();
        String templateChecksum = identity.templateChecksum();
        Optional<Edition> latest = latestEdition(date);
        if (!force && latest.isPresent() && latest.get().current(identity)) {
            return latest.get().upToDate(millis(start));
        }
        boolean same = latest.isPresent() && latest.get().madeOf(identity);
        int edition = same ? latest.get().edition() : latest.map(e -> e.edition() + 1).orElse(1);
        long t0 = System.nanoTime();
        WeekIndicators weekIndicators = indicators.compute(date, units, properties.scope());
        WeekAssessment assessment = assessor.assess(weekIndicators, units);
        long t1 = System.nanoTime();
        BriefingTexts texts = BriefingTexts.load(templates().resolve("texts.yml"));
        Map<String, String> headline = headline(weekIndicators, assessment);
        List<String> corrections = !same && latest.isPresent()
                ? corrections(texts, weekIndicators, districts, latest.get(), headline) : List.of();
        BriefingComposer composer = new BriefingComposer(texts, week, rules, definitions(), properties.zone().getId());
        List<EditionSources.DayFile> files = store.files(districts, weekIndicators.window().first(), date);
        String referenceChecksum = jdbc.queryForList("SELECT checksum FROM reference_version", String.class).stream()
            .findFirst().orElse(null);
        var adults = week.population18plusOn(date);
        BriefingPage page = composer.compose(weekIndicators, assessment, new BriefingComposer.Provenance(revision, referenceChecksum,
                files, identity.reports(), templateChecksum, adults.map(WeekProperties.DatedTotal::total).orElse(null),
                adults.map(WeekProperties.DatedTotal::source).orElse(null)), corrections);
        long t2 = System.nanoTime();
        Map<String, java.awt.image.BufferedImage> figures = figures(weekIndicators, assessment, texts);
        long t3 = System.nanoTime();
        Instant cutoff = ZonedDateTime.of(date.atTime(week.cutoffHour(), 0), properties.zone()).toInstant();
        byte[] pdf = renderer.pdf(renderer.xhtml(page, texts, figures), figures, page.metadata(), cutoff);
        long t4 = System.nanoTime();
        log.info("briefing {} edition {}: indicators {} ms, wording {} ms, figures {} ms, layout and PDF {} ms, {} KB",
                date, edition, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                pdf.length / 1024);
        Path path = pdfPath(date, edition);
        AtomicFiles.write(path, pdf);
        if (!same) {
            jdbc.update("INSERT INTO briefing_edition (report_date, edition, data_revision, template_checksum, issued_at, "
                    + "pdf_checksum, pdf_path, provisional, headline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Date.valueOf(date), edition, revision, templateChecksum, Timestamp.from(clock.instant()),
                    Checksums.sha256(pdf), path.toAbsolutePath().toString(), weekIndicators.missingReports() > 0,
                    encode(headline));
        }
        return new Outcome(date, edition, path, same ? Outcome.Status.RE_RENDERED : Outcome.Status.NEW_EDITION,
                weekIndicators.missingReports(), millis(start));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The figures a reader compares between editions, formatted as printed, by key (texts.yml "headline"). */
    private static Map<String, String> headline(WeekIndicators w, WeekAssessment a) {
        UnitWeek p = w.scope();
        Map<String, String> h = new LinkedHashMap<>();
        h.put("cases", number(p.cases()));
        h.put("community", number(p.sum(Metric.CASES_COMMUNITY)));
        h.put("deaths", number(p.sum(Metric.DEATHS)));
        h.put("cumulativeCases", number(p.cumulativeCases()));
        h.put("cumulativeDeaths", number(p.cumulative(Metric.DEATHS)));
        h.put("communityRate", VietnameseFormat.decimal(p.communityPer100kWeek(), 1));
        h.put("firstDose", VietnameseFormat.percent(p.firstDose18plusPercent(), 2));
        h.put("tests", number(p.tests()));
        LevelDecision level = a.levels().get(p.code());
        h.put("level", level == null || level.level() == null ? "–" : level.level().toString());
        return h;
    }

    private static String encode(Map<String, String> headline) {
        StringBuilder out = new StringBuilder();
        headline.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    private Map<String, String> previousHeadline(Edition previous) {
        Map<String, String> h = new LinkedHashMap<>();
        String text = jdbc.queryForObject("SELECT headline FROM briefing_edition WHERE report_date = ? AND edition = ?",
                String.class, java.sql.Date.valueOf(previous.reportDate()), previous.edition());
        if (text != null) {
            text.lines().filter(l -> l.contains("=")).forEach(l -> h.put(l.substring(0, l.indexOf('=')),
                    l.substring(l.indexOf('=') + 1)));
        }
        return h;
    }

    /**
     * "Số liệu điều chỉnh": the headline figures that moved since the previous edition, then every value of
     * the week's history that changed since it was issued (unit, day, old → new, which file).
     */
    private List<String> corrections(BriefingTexts texts, WeekIndicators w, List<String> districts, Edition previous,
            Map<String, String> headline) {
        List<EditionSources.Change> changes = store.changesSince(districts, LocalDate.of(1900, 1, 1), w.reportDate(),
                previous.issuedAt());
        List<String> out = new ArrayList<>();
        Map<String, String> before = previousHeadline(previous);
        List<String> moved = new ArrayList<>();
        headline.forEach((key, now) -> {
            String was = before.get(key);
            if (was != null && !was.equals(now)) {
                moved.add(texts.text("headline." + key) + ": " + was + " → " + now);
            }
        });
        if (!moved.isEmpty()) {
            out.add(texts.phrase("phrases.corrections-headline", "edition", previous.edition(), "changes",
                    String.join("; ", moved)));
        }
        if (changes.isEmpty() && moved.isEmpty()) {
            return List.of(); // a new edition for new wording only: nothing to report as corrected
        }
        out.add(texts.phrase("phrases.corrections-intro", "edition", previous.edition()));
        if (changes.isEmpty()) {
            out.add(texts.text("phrases.corrections-none"));
        }
        for (EditionSources.Change c : changes.subList(0, Math.min(60, changes.size()))) {
            out.add("- " + texts.phrase("phrases.correction", "unit", unitName(w, c.unitCode()), "day", dayMonth(c.day()),
                    "metric", texts.text("metrics." + c.metric().key()), "before", number(c.before()), "after",
                    number(c.after()), "file", c.fileName().replaceAll(".*/", "")));
        }
        if (changes.size() > 60) {
            out.add(texts.phrase("reasons.more", "count", number((long) changes.size() - 60)));
        }
        return out;
    }

    private static String unitName(WeekIndicators w, String code) {
        for (UnitWeek d : w.districts()) {
            if (d.code().equals(code)) {
                return d.name();
            }
            for (UnitWeek c : w.communes().getOrDefault(d.code(), List.of())) {
                if (c.code().equals(code)) {
                    return c.name() + " (" + d.name() + ")";
                }
            }
        }
        return code;
    }

    private List<String[]> definitions() {
        Path file = templates().resolve("definitions.csv");
        List<String[]> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new String[] { r.get(0), BriefingTexts.nfc(r.get(1)), BriefingTexts.nfc(r.get(2)),
                        r.size() > 3 ? BriefingTexts.nfc(r.get(3)) : "" });
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private Map<String, java.awt.image.BufferedImage> figures(WeekIndicators w, WeekAssessment a, BriefingTexts texts) {
        Charts charts = new Charts(texts);
        Map<String, java.awt.image.BufferedImage> figures = new LinkedHashMap<>();
        figures.put("cases", charts.casesBySource(w));
        figures.put("deaths", charts.deaths(w));
        figures.put("testing", charts.testing(w));
        WeekIndicators.Progress target = w.firstDoseProgress(w.scope());
        figures.put("vaccination", charts.vaccination(w, target == null ? null : target.targetPercent()));
        DistrictMap map = districtMap();
        if (map != null && !map.isEmpty()) {
            figures.put("map", map(map, w, a, texts));
        }
        return figures;
    }

    private DistrictMap boundaries;
    private FileTime boundariesModified;

    /** The district boundaries, parsed once and again only when the file changes (null: no file). */
    private synchronized DistrictMap districtMap() {
        Path geojson = properties.referenceFolder().resolve("districts.geojson");
        try {
            if (!Files.isRegularFile(geojson)) {
                return null;
            }
            FileTime modified = Files.getLastModifiedTime(geojson);
            if (boundaries == null || !modified.equals(boundariesModified)) {
                boundaries = DistrictMap.load(geojson);
                boundariesModified = modified;
            }
            return boundaries;
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + geojson, e);
        }
    }

    private java.awt.image.BufferedImage map(DistrictMap map, WeekIndicators w, WeekAssessment a, BriefingTexts texts) {
        Map<String, DistrictMap.Style> styleOf = new LinkedHashMap<>();
        List<DistrictMap.Style> legend = new ArrayList<>();
        String date = VietnameseFormat.dayMonthYear(w.reportDate());
        if (a.framework() == Framework.CONTROL) {
            Map<String, DistrictMap.Style> byRegime = new LinkedHashMap<>();
            for (UnitWeek d : w.districts()) {
                var period = a.regimes().get(d.code());
                String regime = period == null ? texts.text("charts.no-regime") : period.regime();
                DistrictMap.Style style = byRegime.computeIfAbsent(regime, r -> new DistrictMap.Style(regimePaint(r),
                        r));
                styleOf.put(d.code(), style);
            }
            legend.addAll(byRegime.values());
            return map.draw(texts.phrase("charts.map-title-control", "date", date), styleOf, legend, Charts.WIDTH_MM - 15, 95);
        }
        List<String> names = texts.list("words.level-names");
        DistrictMap.Style[] levels = new DistrictMap.Style[5];
        for (int l = 1; l <= 4; l++) {
            levels[l] = new DistrictMap.Style(levelPaint(l), texts.phrase("words.level", "level", l)
                    + (l < names.size() ? " – " + names.get(l) : ""));
            legend.add(levels[l]);
        }
        DistrictMap.Style unknown = new DistrictMap.Style(java.awt.Color.WHITE, texts.text("charts.no-data"));
        for (UnitWeek d : w.districts()) {
            LevelDecision decision = a.levels().get(d.code());
            styleOf.put(d.code(), decision == null || decision.level() == null ? unknown : levels[decision.level()]);
        }
        if (styleOf.containsValue(unknown)) {
            legend.add(unknown);
        }
        return map.draw(texts.phrase("charts.map-title-levels", "date", date), styleOf, legend, Charts.WIDTH_MM - 15, 95);
    }

    /** Level colours with hatching that gets denser with the level, so the print tells them apart. */
    private static java.awt.Paint levelPaint(int level) {
        java.awt.Color base = ChartStyle.LEVEL_COLOURS[level - 1];
        return switch (level) {
            case 1 -> base;
            case 2 -> ChartStyle.hatch(base, 6, false);
            case 3 -> ChartStyle.hatch(base, 5, true);
            default -> ChartStyle.hatch(base, 3, true);
        };
    }

    private static java.awt.Paint regimePaint(String regime) {
        return switch (regime) {
            case "CT16" -> ChartStyle.hatch(ChartStyle.LEVEL_COLOURS[2], 5, true);
            case "CT15+" -> ChartStyle.hatch(ChartStyle.LEVEL_COLOURS[1], 6, false);
            case "CT15" -> ChartStyle.LEVEL_COLOURS[0];
            default -> java.awt.Color.LIGHT_GRAY;
        };
    }
}
