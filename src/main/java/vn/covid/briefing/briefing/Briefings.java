package vn.covid.briefing.briefing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.covid.briefing.briefing.compose.BriefingComposer;
import vn.covid.briefing.briefing.compose.BriefingInputs;
import vn.covid.briefing.briefing.compose.BriefingPage;
import vn.covid.briefing.briefing.compose.HeadlineFigures;
import vn.covid.briefing.briefing.compose.Words;
import vn.covid.briefing.briefing.edition.EditionFiles;
import vn.covid.briefing.briefing.edition.Editions;
import vn.covid.briefing.briefing.edition.Editions.Edition;
import vn.covid.briefing.briefing.edition.Identity;
import vn.covid.briefing.briefing.edition.Settings;
import vn.covid.briefing.briefing.figures.Figures;
import vn.covid.briefing.briefing.render.PdfRenderer;
import vn.covid.briefing.briefing.templates.BriefingTexts;
import vn.covid.briefing.briefing.templates.TemplateCheck;
import vn.covid.briefing.briefing.templates.Wording;
import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.system.BriefingProperties;
import vn.covid.briefing.system.Checksums;

/**
 * Issues the briefing of a report date as an edition, in one direction: gather the week (figures,
 * assessment, wording, notes, edition) → compose the page → draw its figures → render the PDF →
 * record the edition (the PDF and its provenance file written atomically, the edition and its snapshot
 * in the database). The same content again is "up to date" once its PDF is found intact; a missing or
 * damaged PDF, or a forced run, is made again from the edition's own snapshot, the same bytes.
 */
@Service
public class Briefings {

    private static final Logger log = LoggerFactory.getLogger(Briefings.class);

    /** What {@link #issue} did. */
    public record Outcome(LocalDate reportDate, int edition, Path pdf, Status status, long missingReports, long millis) {

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

    private final BriefingGatherer gatherer;
    private final Editions editions;
    private final EditionFiles files;
    private final BriefingProperties properties;
    private final WeekProperties week;
    private final BriefingSettings settings;
    private final Clock clock;
    private final PdfRenderer renderer = new PdfRenderer();
    private final Figures figures;

    public Briefings(BriefingGatherer gatherer, Editions editions, EditionFiles files, BriefingProperties properties,
            WeekProperties week, BriefingSettings settings, Clock clock) {
        this.gatherer = gatherer;
        this.editions = editions;
        this.files = files;
        this.properties = properties;
        this.week = week;
        this.settings = settings;
        this.clock = clock;
        this.figures = new Figures(properties.referenceFolder().resolve("districts.geojson"));
    }

    /**
     * What the week is made of now. The office's files are checked first: a slip in them stops the run
     * before anything is issued.
     */
    public Identity identity(LocalDate date) {
        TemplateCheck.check(gatherer.templates());
        Wording wording = Wording.of(gatherer.templates(), date);
        return new Identity(gatherer.dataRevision(date).hash(), settings.now().checksum(), wording.notes().checksum(),
                wording.checksum());
    }

    /** What changed in the settings and reference values since an edition (nothing known: its were not kept). */
    private List<Settings.Change> settingsSince(Optional<Edition> before, Settings now) {
        return before.flatMap(e -> editions.snapshot(e.identity().settings())).map(Settings::fromJson)
            .map(now::changesSince).orElse(List.of());
    }

    /** Why the profile's district boundaries are not drawn, in one line; empty when they are, or there are none. */
    public Optional<String> mapRefused() {
        return figures.refusal(gatherer.districts());
    }

    public Optional<Edition> latestEdition(LocalDate date) {
        return editions.latest(properties.scope(), date);
    }

    /** The briefing of a date as it stands now (outside a job: tests and benchmarks). */
    public Outcome issue(LocalDate date, boolean force) {
        return issue(date, force, false, identity(date));
    }

    /**
     * @param force render the latest edition again even if it is intact
     * @param reissueWording issue a new edition when only the wording changed (otherwise past weeks keep theirs)
     */
    public Outcome issue(LocalDate date, boolean force, boolean reissueWording, Identity identity) {
        long start = System.nanoTime();
        String scope = properties.scope();
        Optional<Edition> latest = editions.latest(scope, date);
        // an edition issued before its settings were kept (an earlier version) is compared on the rest
        Identity compared = latest.isPresent() && editions.snapshot(latest.get().identity().settings()).isEmpty()
                ? identity.withSettings(latest.get().identity().settings()) : identity;
        boolean same = latest.isPresent() && latest.get().identity().sameContent(compared)
                && !(reissueWording && !latest.get().identity().wording().equals(identity.wording()));
        if (same && !force && files.intact(latest.get())) {
            return new Outcome(date, latest.get().number(), latest.get().pdf(), Outcome.Status.UP_TO_DATE, 0, millis(start));
        }
        if (same) {
            Edition e = latest.get();
            Wording wording = editions.snapshot(e.snapshot())
                .map(s -> Wording.fromSnapshot(s, "the snapshot of edition " + e.number() + " of " + date,
                        BriefingTexts.resolve(gatherer.templates().texts(), date)))
                .orElseGet(() -> Wording.of(gatherer.templates(), date));
            Optional<Edition> before = editions.previous(e);
            Settings judgedBy = editions.snapshot(e.identity().settings()).map(Settings::fromJson).orElse(null);
            Made made = make(date, wording, gatherer.editionOf(date, e.number(), before, e.reasons(),
                    files.provenanceName(e.pdf()), judgedBy == null ? List.of() : settingsSince(before, judgedBy)),
                    e.identity().settings());
            files.write(e.pdf(), made.pdf(), made.provenance());
            log.info("briefing {} of {} edition {} rendered again ({})", date, scope, e.number(),
                    force ? "forced" : "its PDF was missing or damaged");
            return new Outcome(date, e.number(), e.pdf(), Outcome.Status.RE_RENDERED, made.missing(), millis(start));
        }
        int number = latest.map(e -> e.number() + 1).orElse(1);
        Wording wording = Wording.of(gatherer.templates(), date);
        List<String> reasons = new java.util.ArrayList<>(latest.map(e -> compared.reasonsSince(e.identity()))
            .orElse(List.of()));
        if (reasons.contains(Identity.SETTINGS) && gatherer.noValueChangedSince(date, latest.get())) {
            reasons.remove(Identity.DATA); // the reference values moved the data revision, not a report
        }
        Path pdf = files.pdfPath(scope, date, number);
        Settings judgedBy = settings.now();
        Made made = make(date, wording, gatherer.editionOf(date, number, latest, reasons, files.provenanceName(pdf),
                settingsSince(latest, judgedBy)), judgedBy.checksum());
        files.write(pdf, made.pdf(), made.provenance());
        editions.saveSnapshot(Checksums.sha256(made.snapshot()), made.snapshot());
        editions.saveSnapshot(judgedBy.checksum(), judgedBy.json());
        editions.record(new Edition(scope, date, number, identity, clock.instant(), Checksums.sha256(made.pdf()), pdf,
                made.missing() > 0, made.headline(), Checksums.sha256(made.snapshot()), reasons, wording.version()));
        return new Outcome(date, number, pdf, Outcome.Status.NEW_EDITION, made.missing(), millis(start));
    }

    /** A briefing made: the PDF, its provenance file, what the edition records of it. */
    private record Made(byte[] pdf, String provenance, String snapshot, java.util.Map<String, String> headline,
            long missing) {
    }

    private Made make(LocalDate date, Wording wording, BriefingInputs.Edition edition, String settingsChecksum) {
        long t0 = System.nanoTime();
        BriefingInputs in = gatherer.gather(date, wording, edition, figures.available(gatherer.districts()));
        long t1 = System.nanoTime();
        Words words = gatherer.words(wording.texts());
        BriefingPage page = BriefingComposer.compose(in, words);
        long t2 = System.nanoTime();
        List<String> ids = java.util.stream.Stream.concat(page.body().stream(), page.closing().keptWith().stream())
            .filter(b -> b instanceof BriefingPage.Figure).map(b -> ((BriefingPage.Figure) b).id()).toList();
        var drawn = figures.draw(ids, in, wording.texts());
        long t3 = System.nanoTime();
        Instant cutoff = ZonedDateTime.of(date.atTime(week.cutoffHour(), 0), properties.zone()).toInstant();
        byte[] pdf = renderer.render(page, wording.texts(), drawn, new PdfRenderer.Layout(wording.html(), wording.css(),
                gatherer.templates().file("briefing.html").toString()), cutoff);
        long t4 = System.nanoTime();
        log.info("briefing {} edition {}: indicators {} ms, wording {} ms, figures {} ms, layout and PDF {} ms, {} KB",
                date, edition.number(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000, pdf.length / 1024);
        String provenance = gatherer.provenance(in, wording, edition, Checksums.sha256(pdf), settingsChecksum);
        return new Made(pdf, provenance, wording.snapshot(), HeadlineFigures.of(in, words), in.week().missingReports());
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
