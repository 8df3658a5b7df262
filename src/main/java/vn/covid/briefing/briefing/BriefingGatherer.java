package vn.covid.briefing.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.assessment.Assessor;
import vn.covid.briefing.assessment.WeekAssessment;
import vn.covid.briefing.briefing.compose.BriefingInputs;
import vn.covid.briefing.briefing.compose.PlaceNames;
import vn.covid.briefing.briefing.compose.Words;
import vn.covid.briefing.briefing.edition.Editions.Edition;
import vn.covid.briefing.briefing.templates.BriefingTexts;
import vn.covid.briefing.briefing.templates.TemplateFiles;
import vn.covid.briefing.briefing.templates.Wording;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.indicators.WeeklyIndicators;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.reference.ReferenceVersions;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.BriefingProperties;
import vn.covid.briefing.system.Json;

/**
 * The first stage of a briefing: everything it is made from, read before a word is written (the
 * week's figures and their assessment, the wording and notes of its date, the edition it becomes and
 * what changed since the one before), and the provenance that goes beside the PDF.
 */
@Component
public class BriefingGatherer {

    private final WeeklyIndicators indicators;
    private final Assessor assessor;
    private final EditionSources sources;
    private final ReferenceData reference;
    private final BriefingProperties properties;
    private final WeekProperties week;
    private final AssessmentProperties rules;
    private final JdbcTemplate jdbc;

    BriefingGatherer(WeeklyIndicators indicators, Assessor assessor, EditionSources sources, ReferenceData reference,
            BriefingProperties properties, WeekProperties week, AssessmentProperties rules, JdbcTemplate jdbc) {
        this.indicators = indicators;
        this.assessor = assessor;
        this.sources = sources;
        this.reference = reference;
        this.properties = properties;
        this.week = week;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** The office's files: templates/ with the profile's own over it, and the profile's notes folder. */
    TemplateFiles templates() {
        return new TemplateFiles(properties.templateLayers(), properties.notesFolder());
    }

    /** The codes of the scope's districts. */
    List<String> districts() {
        return reference.units().districtsInScope().stream().map(Unit::code).toList();
    }

    EditionSources.DataRevision dataRevision(LocalDate date) {
        return sources.dataRevision(properties.scope(), districts(), date);
    }

    BriefingInputs gather(LocalDate date, Wording wording, BriefingInputs.Edition edition, Set<String> figures) {
        UnitDirectory units = reference.units();
        WeekIndicators w = indicators.compute(date, units, properties.scope());
        WeekAssessment assessment = assessor.assess(w, units);
        List<BriefingInputs.Definition> definitions = wording.definitionRows().stream()
            .map(r -> new BriefingInputs.Definition(r[0], r[1], r[2], r[3])).toList();
        return new BriefingInputs(w, assessment, week, rules, wording.notes(), edition, definitions,
                properties.zone().getId(), figures, units);
    }

    /** The edition about to be made: its number, the one before, why, and what changed since that one. */
    BriefingInputs.Edition editionOf(LocalDate date, int number, Optional<Edition> before, List<String> reasons,
            String provenanceFile, List<vn.covid.briefing.briefing.edition.Settings.Change> settingsChanged) {
        List<String> districts = districts();
        var window = vn.covid.briefing.indicators.ReportWindow.ending(date, week.days());
        List<EditionSources.Change> resent = sources.changesSince(districts, window.first(), window.last(), Instant.EPOCH);
        if (before.isEmpty()) {
            return new BriefingInputs.Edition(number, null, null, List.of(), List.of(), Map.of(), resent, provenanceFile,
                    List.of());
        }
        Edition e = before.get();
        return new BriefingInputs.Edition(number, e.number(), e.issuedAt(), reasons,
                sources.changesSince(districts, LocalDate.of(1900, 1, 1), date, e.issuedAt()), e.headline(), resent,
                provenanceFile, settingsChanged);
    }

    /** No reported value of the scope changed since the edition was issued. */
    boolean noValueChangedSince(LocalDate date, Edition e) {
        return sources.changesSince(districts(), LocalDate.of(1900, 1, 1), date, e.issuedAt()).isEmpty();
    }

    /** The wording helper of a briefing, in the tone-mark style most of the scope's unit names use. */
    Words words(BriefingTexts texts) {
        UnitDirectory units = reference.units();
        List<String> names = new java.util.ArrayList<>();
        for (Unit d : units.districtsInScope()) {
            names.add(d.name());
            units.children(d.code()).forEach(c -> names.add(c.name()));
        }
        return new Words(texts, new PlaceNames(PlaceNames.markOnFirstIn(names)));
    }

    /** The machine-readable provenance beside the PDF: where every figure and word came from. */
    String provenance(BriefingInputs in, Wording wording, BriefingInputs.Edition edition, String pdfChecksum,
            String settingsChecksum) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("reportDate", in.date().toString());
        p.put("edition", edition.number());
        p.put("replaces", edition.previous());
        p.put("reasons", edition.reasons());
        p.put("scope", properties.scope());
        p.put("cutoff", in.date() + "T" + String.format("%02d", week.cutoffHour()) + ":00 " + properties.zone());
        p.put("window", List.of(in.week().window().first().toString(), in.week().window().last().toString()));
        p.put("provisional", in.week().missingReports() > 0);
        p.put("missingReports", in.week().missingReports());
        var revision = dataRevision(in.date());
        p.put("dataRevision", revision.hash());
        p.put("dailyReportsUpToDate", revision.reports());
        p.put("referenceChecksum", ReferenceVersions.of(jdbc, properties.scope()).map(ReferenceVersions.Version::checksum)
            .orElse(null));
        p.put("settingsChecksum", settingsChecksum);
        p.put("settingsChanged", edition.settingsChanged());
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("textsVersion", wording.version());
        words.put("wordingChecksum", wording.checksum());
        words.put("notesFile", in.notes().file() == null ? null : in.notes().file().toString());
        words.put("notesChecksum", in.notes().checksum());
        p.put("wording", words);
        p.put("pdfChecksum", pdfChecksum);
        p.put("files", sources.files(districts(), in.week().window().first(), in.date()).stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("district", f.districtCode());
            m.put("day", f.day().toString());
            m.put("file", f.fileName());
            m.put("sha256", f.checksum());
            m.put("revision", f.revision());
            return m;
        }).toList());
        return Json.write(p);
    }
}
