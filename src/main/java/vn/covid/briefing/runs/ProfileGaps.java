package vn.covid.briefing.runs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.covid.briefing.briefing.Briefings;
import vn.covid.briefing.briefing.templates.BriefingTexts;
import vn.covid.briefing.briefing.templates.TemplateFiles;
import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.profile.RealData;
import vn.covid.briefing.system.BriefingProperties;

/**
 * What the province's profile still lacks for the briefings just rendered, one line each on the run's output
 * and in the log: no signer, no document number, no 18+ population of the province's own (then coverage is
 * divided by the reference estimate, or not computed at all), a boundaries file that is not of the scope's
 * districts (refused: no map). Never a placeholder printed silently, never a figure of another province.
 */
@Component
class ProfileGaps {

    private static final Logger log = LoggerFactory.getLogger(ProfileGaps.class);

    private final BriefingProperties properties;
    private final WeekProperties week;
    private final Briefings briefings;

    ProfileGaps(BriefingProperties properties, WeekProperties week, Briefings briefings) {
        this.properties = properties;
        this.week = week;
        this.briefings = briefings;
    }

    /** The lines for the briefings of these report dates (none when the profile has all it needs). */
    List<String> of(List<LocalDate> dates) {
        List<String> gaps = new ArrayList<>();
        if (dates.isEmpty()) {
            return gaps;
        }
        Path texts = properties.profile().resolve("texts.yml");
        TemplateFiles files = new TemplateFiles(properties.templateLayers(), properties.notesFolder());
        List<BriefingTexts> resolved = dates.stream().map(d -> BriefingTexts.resolve(files.texts(), d)).toList();
        lacking(gaps, dates, resolved, t -> t.text("signature.name").isBlank(),
                "no signer (signature.name in " + texts + ")", "signature is left blank");
        lacking(gaps, dates, resolved, t -> t.text("numbering.anchor-number").isBlank() || t.text("numbering.anchor-date")
            .isBlank(), "no number of the office's last report (numbering.anchor-date and anchor-number in " + texts + ")",
                "number is left blank, to be written in");
        if (week.population18plus() == null || week.population18plus().isEmpty()) {
            gaps.add(adults());
        }
        briefings.mapRefused().ifPresent(gaps::add);
        return gaps;
    }

    private static void lacking(List<String> gaps, List<LocalDate> dates, List<BriefingTexts> texts,
            Predicate<BriefingTexts> lacks, String what, String consequence) {
        List<LocalDate> affected = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            if (lacks.test(texts.get(i))) {
                affected.add(dates.get(i));
            }
        }
        if (!affected.isEmpty()) {
            gaps.add(what + ": in " + affected.size() + " briefing(s) (" + affected.get(0)
                    + (affected.size() > 1 ? " … " + affected.get(affected.size() - 1) : "") + ") the " + consequence);
        }
    }

    /** No 18+ total of the province's own: the reference figure stands, an estimate if marked so; or none at all. */
    private String adults() {
        Path figures = properties.referenceFolder().resolve("figures.csv");
        String where = "briefing.week.population18plus in " + properties.profile().resolve("profile.yml");
        CSVRecord row = null;
        try {
            if (Files.isRegularFile(figures)) {
                row = RealData.read(figures).stream().filter(r -> r.get("unit_code").equals(properties.scope())
                        && r.get("figure").equals("population_18plus")).findFirst().orElse(null);
            }
        }
        catch (IOException | IllegalArgumentException e) {
            return "no 18+ population of the province's own (" + where + ") and " + figures + " cannot be read ("
                    + e.getMessage() + "): vaccination coverage is not computed";
        }
        if (row == null) {
            return "no 18+ population (" + where + ", or population_18plus of " + properties.scope() + " in " + figures
                    + "): vaccination coverage is not computed";
        }
        return "no 18+ population of the province's own (" + where + "): coverage is divided by " + row.get("value")
                + ", population_18plus in " + figures + (row.isMapped("estimated") && row.get("estimated").equals("true")
                        ? ", an estimate" : "");
    }

    /** Prints each line on the run's output and logs it. */
    void print(List<LocalDate> dates, PrintStream out) {
        for (String gap : of(dates)) {
            out.println("Profile " + properties.profileName() + ": " + gap);
            log.warn("profile {}: {}", properties.profileName(), gap);
        }
    }
}
