package vn.covid.briefing.briefing.compose;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.assessment.Assessments;
import vn.covid.briefing.briefing.EditionSources;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Figure;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.compose.BriefingPage.Table;
import vn.covid.briefing.briefing.edition.Settings;
import vn.covid.briefing.briefing.templates.BriefingTexts;
import vn.covid.briefing.briefing.templates.Notes;
import vn.covid.briefing.briefing.templates.TemplateFiles;
import vn.covid.briefing.briefing.templates.TextFile;
import vn.covid.briefing.briefing.templates.Wording;
import vn.covid.briefing.indicators.ProvinceWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.reference.Decision;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Configuration;
import vn.covid.briefing.system.BriefingProperties;

/**
 * A briefing's inputs made by hand, without Spring or a database: a week of the three-district province of
 * {@link ProvinceWeek} (its reports as the test gives them), judged by the real assessment with the
 * province's decisions as the test gives them, with application.yml's settings, templates/texts.yml's
 * wording of the date read as the gatherer reads it, the office's notes as the test writes them, and the
 * edition it is. {@link #build()} gives the inputs and the one {@link Words} of that briefing.
 */
public final class HandBuiltWeek extends ProvinceWeek<HandBuiltWeek> {

    public static final String PROVINCE = SCOPE;
    public static final String CAO_LANH_CITY = "866";
    public static final String LAP_VO = "875";
    public static final String LAI_VUNG = "876";
    /** Phường Hoà Thuận and Xã Hòa An (thành phố Cao Lãnh): the two tone-mark styles of one name. */
    public static final String HOA_THUAN = "29892";
    public static final String HOA_AN = "29893";
    public static final String TT_LAP_VO = "30169";
    public static final String MY_AN_HUNG_A = "30172";
    public static final String TAN_MY = "30175";
    public static final String TT_LAI_VUNG = "30208";
    public static final String TAN_DUONG = "30211";

    public static final String PROVINCE_COMMITTEE = "UBND tỉnh Đồng Tháp";

    private static final BriefingProperties INSTALLATION = Configuration.briefing();
    /** The office's files as the gatherer reads them, in the installation folder bin/briefing gives as briefing.home. */
    private static final TemplateFiles FILES = new TemplateFiles(
            List.of(Briefing.PROJECT.resolve("templates"), Briefing.SAMPLE_PROFILE), Briefing.SAMPLE_PROFILE.resolve("notes"));
    private static final TextFile.Layers TEXTS = FILES.texts();
    private static final List<BriefingInputs.Definition> DEFINITIONS = Wording.of(FILES, LocalDate.MIN).definitionRows()
        .stream().map(r -> new BriefingInputs.Definition(r[0], r[1], r[2], r[3])).toList();
    private static final AssessmentProperties RULES = Configuration.assessment();
    private static final vn.covid.briefing.indicators.WeekProperties WEEK = Configuration.week();

    private final List<Decision> decisions = new ArrayList<>();
    private final Set<String> figures = new HashSet<>();
    private String notes;
    private BriefingInputs.Edition edition;

    private HandBuiltWeek(LocalDate reportDate) {
        super(reportDate, WEEK);
        this.edition = new BriefingInputs.Edition(1, null, null, List.of(), List.of(), Map.of(), List.of(),
                reportDate + "_bao-cao-tuan_ban-1.nguon-so-lieu.json", List.of());
    }

    /** A week with this report date ("2021-09-13"), no report yet: add them. */
    public static HandBuiltWeek on(String reportDate) {
        return new HandBuiltWeek(LocalDate.parse(reportDate));
    }

    public static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    // ---- the province's decisions ----

    public HandBuiltWeek decision(Decision d) {
        decisions.add(d);
        return this;
    }

    /** A distancing regime decided for these units, in force from {@code from} until replaced. */
    public HandBuiltWeek regime(String number, String authority, LocalDate issued, LocalDate from, String regime,
            String... units) {
        for (String u : units) {
            decision(new Decision(id(number, issued), Decision.Kind.REGIME, number, authority, issued, from, null, u, regime,
                    null, null, null, "test", null));
        }
        return this;
    }

    /** An epidemic level decided for these units, in force from the day it was issued; null level: content unknown. */
    public HandBuiltWeek level(String number, String authority, LocalDate issued, Integer level, String... units) {
        for (String u : units) {
            decision(new Decision(id(number, issued), Decision.Kind.LEVEL, number, authority, issued, issued, null, u,
                    level == null ? null : level.toString(), null, null, null, "test", null));
        }
        return this;
    }

    /** "count of of communes of the province at level", unnamed, in the same decision as {@link #level}. */
    public HandBuiltWeek communeCount(String number, String authority, LocalDate issued, int level, int count, int of) {
        return decision(new Decision(id(number, issued), Decision.Kind.LEVEL_COUNT, number, authority, issued, issued, null,
                PROVINCE, Integer.toString(level), Unit.Level.COMMUNE, count, of, "test", null));
    }

    private static String id(String number, LocalDate issued) {
        return number == null ? "unnumbered-" + issued : number;
    }

    // ---- the office and the edition ----

    /** The office's notes of the week, as notes/&lt;date&gt;.md would hold them. */
    public HandBuiltWeek notes(String markdown) {
        this.notes = markdown;
        return this;
    }

    /** This briefing is edition {@code number}, replacing {@code previous} issued then, for these reasons. */
    public HandBuiltWeek replacing(int number, int previous, Instant issued, List<String> reasons,
            Map<String, String> headlineBefore, List<EditionSources.Change> changes, List<Settings.Change> settings) {
        this.edition = new BriefingInputs.Edition(number, previous, issued, reasons, changes, headlineBefore, List.of(),
                edition.provenanceFile().replace("ban-1", "ban-" + number), settings);
        return this;
    }

    /** Reports of the week a district sent again, with what changed (the annex lists them). */
    public HandBuiltWeek resentValues(List<EditionSources.Change> resent) {
        BriefingInputs.Edition e = edition;
        this.edition = new BriefingInputs.Edition(e.number(), e.previous(), e.previousIssued(), e.reasons(), e.changes(),
                e.headlineBefore(), resent, e.provenanceFile(), e.settingsChanged());
        return this;
    }

    /** The figures that can be drawn beside the page ("map" needs a boundaries file). */
    public HandBuiltWeek drawable(String... ids) {
        figures.addAll(Arrays.asList(ids));
        return this;
    }

    // ---- the briefing ----

    public Built build() {
        BriefingTexts texts = BriefingTexts.resolve(TEXTS, reportDate());
        Notes office = notes == null ? Notes.none()
                : Notes.parse(Path.of("notes", reportDate() + ".md"), notes, TemplateFiles.headings(texts),
                        TemplateFiles.EXTRAS_UNDER);
        UnitDirectory units = units();
        WeekIndicators week = indicators();
        var assessment = Assessments.of(RULES, week, units, decisions, peakCommunityWeeks(week));
        BriefingInputs in = new BriefingInputs(week, assessment, settings(), RULES, office, edition, DEFINITIONS,
                INSTALLATION.zone().getId(), Set.copyOf(figures), units);
        return new Built(in, words(texts, units));
    }

    /** As the gatherer makes them: in the tone-mark style most of the province's unit names use. */
    private static Words words(BriefingTexts texts, UnitDirectory units) {
        List<String> names = new ArrayList<>();
        for (Unit d : units.districtsInScope()) {
            names.add(d.name());
            units.children(d.code()).forEach(c -> names.add(c.name()));
        }
        return new Words(texts, new PlaceNames(PlaceNames.markOnFirstIn(names)));
    }

    /** The one text of these that starts so: the sentence a test is about. */
    public static String startingWith(List<String> texts, String start) {
        List<String> found = texts.stream().filter(t -> t.startsWith(start)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " texts start with '" + start + "' in " + texts);
        }
        return found.get(0);
    }

    /**
     * A built week: its inputs and the wording of its one briefing. Sections composed through it share the
     * words, as in one briefing: a document cited in one is cited briefly in the next, figures number on; so
     * compose each section once per built week, in the page's order.
     */
    public record Built(BriefingInputs in, Words words) {

        /** What the section gives, finished as the page prints it (one tone-mark style, one minus sign). */
        public List<Block> blocks(BiFunction<BriefingInputs, Words, List<Block>> section) {
            return BriefingPage.map(section.apply(in, words), t -> BriefingComposer.finish(words, t));
        }

        /**
         * The headings and paragraphs the section gives, and the captions of its tables and figures, in order,
         * with the non-breaking space that keeps a number on the line of its unit written as a space (so that
         * a test reads as the page does; {@link #blocks} keeps it).
         */
        public List<String> texts(BiFunction<BriefingInputs, Words, List<Block>> section) {
            return texts(blocks(section));
        }

        public static List<String> texts(List<Block> blocks) {
            return blocks.stream().map(b -> switch (b) {
                case Heading h -> h.text();
                case Paragraph p -> p.text();
                case Table t -> t.caption();
                case Figure f -> f.caption();
            }).map(t -> t.replace(Words.NBSP, " ")).toList();
        }

        /** The section's tables. */
        public List<Table> tables(BiFunction<BriefingInputs, Words, List<Block>> section) {
            return blocks(section).stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        }

        /** Finished as the page prints it. */
        public String finish(String text) {
            return BriefingComposer.finish(words, text);
        }
    }
}
