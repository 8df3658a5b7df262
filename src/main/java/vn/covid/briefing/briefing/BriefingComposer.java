package vn.covid.briefing.briefing;

import static vn.covid.briefing.briefing.VietnameseFormat.dayMonth;
import static vn.covid.briefing.briefing.VietnameseFormat.dayMonthYear;
import static vn.covid.briefing.briefing.VietnameseFormat.decimal;
import static vn.covid.briefing.briefing.VietnameseFormat.number;
import static vn.covid.briefing.briefing.VietnameseFormat.percent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.assessment.RegimeInForce;
import vn.covid.briefing.assessment.ControlCheck;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.assessment.WeekAssessment;
import vn.covid.briefing.briefing.BriefingPage.Cell;
import vn.covid.briefing.briefing.BriefingPage.Table;
import vn.covid.briefing.indicators.WeekFacts;
import vn.covid.briefing.indicators.ReportStatus;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.metric.Metric;

/**
 * Words the numbers of a report week: every sentence of sections I–IV, the annex tables and the
 * provenance, in the phrases of {@code templates/texts.yml}. No number is computed here that the
 * indicators did not compute; this class only chooses words ("tăng"/"giảm") and formats.
 */
final class BriefingComposer {

    /** What the annex says about where the data came from. */
    record Provenance(String dataRevision, String referenceChecksum, List<EditionSources.DayFile> files, int filesUpToDate,
            String templateChecksum, Long adults, String adultsSource) {
    }

    private static final int MAX_FLAGS = 40;

    private final BriefingTexts t;
    private final WeekProperties weekRules;
    private final AssessmentProperties rules;
    private final List<String[]> definitions;
    private final String zone;

    BriefingComposer(BriefingTexts texts, WeekProperties weekRules, AssessmentProperties rules,
            List<String[]> definitions, String zone) {
        this.t = texts;
        this.weekRules = weekRules;
        this.rules = rules;
        this.definitions = definitions;
        this.zone = zone;
    }

    private WeekAssessment assessment;

    BriefingPage compose(WeekIndicators week, WeekAssessment assessment, Provenance provenance, List<String> corrections) {
        this.assessment = assessment;
        LocalDate date = week.reportDate();
        String number = documentNumber(date);
        BriefingPage.Header header = new BriefingPage.Header(t.text("header.superior"), t.text("header.issuer"),
                t.text("header.party"), t.phrase("header.number", "number", number),
                t.text("header.place") + ", " + VietnameseFormat.longDate(date));
        String subject = t.text(assessment.framework() == Framework.CONTROL ? "title.control" : "title.levels");
        String period = t.phrase("title.period", "from", dayMonth(week.window().periodStart()), "to", dayMonthYear(date));
        boolean control = assessment.framework() == Framework.CONTROL;
        BriefingPage.Metadata metadata = new BriefingPage.Metadata(
                t.text("title.type") + " " + t.phrase("header.number", "number", number) + " " + period,
                subject + " " + period, t.text("header.issuer") + ", " + t.text("header.superior"),
                t.phrase(control ? "title.keywords-control" : "title.keywords-levels", "place", t.text("header.place"),
                        "date", dayMonthYear(date)));
        return new BriefingPage(header, t.text("title.type"), subject, period, keyFigures(week), cases(week), deaths(week),
                testing(week), vaccination(week),
                t.text(control ? "sections.measures-control" : "sections.measures-levels"), measures(week),
                assessment(week), tasks(week), corrections,
                new BriefingPage.Signature(t.text("signature.on-behalf"), t.text("signature.title"),
                        t.text("signature.name")),
                recipients(), casesTable(week), careTable(week), completenessTable(week), flags(week), definitionsTable(),
                provenance(week, provenance), sourceFiles(week, provenance),
                anyIncomplete(week) ? t.text("words.incomplete-note") : "", metadata);
    }

    private static boolean anyIncomplete(WeekIndicators week) {
        return week.scope().incomplete() || week.districts().stream().anyMatch(UnitWeek::incomplete);
    }

    /** 45 on the anchor date, one more per report week; a date fixed in texts.yml keeps its number. */
    String documentNumber(LocalDate date) {
        for (var e : t.map("numbering.fixed").entrySet()) {
            if (BriefingTexts.plain(e.getKey()).equals(date.toString())) {
                return BriefingTexts.plain(e.getValue());
            }
        }
        LocalDate anchor = LocalDate.parse(t.text("numbering.anchor-date"));
        long weeks = Math.floorDiv(ChronoUnit.DAYS.between(anchor, date), weekRules.days());
        long n = Long.parseLong(t.text("numbering.anchor-number")) + weeks;
        return n < 10 && n >= 0 ? "0" + n : Long.toString(n);
    }

    // ---------- key figures ----------

    /** The few numbers that matter, this week against the last, for a reader in a hurry. */
    private Table keyFigures(WeekIndicators week) {
        UnitWeek now = week.scope();
        UnitWeek before = now.previousWeek();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(countRow("cases", now.cases(), before.cases(), now));
        rows.add(countRow("community", now.sum(Metric.CASES_COMMUNITY), before.sum(Metric.CASES_COMMUNITY), now));
        rows.add(rateRow("community-rate", now.communityPer100kWeek(), before.communityPer100kWeek(), 1, ""));
        rows.add(countRow("deaths", now.sum(Metric.DEATHS), before.sum(Metric.DEATHS), now));
        rows.add(countRow("tests", now.tests(), before.tests(), now));
        rows.add(rateRow("positivity", now.positivityPercent(), before.positivityPercent(), 2, "%"));
        rows.add(countRow("doses", sum(now.sum(Metric.DOSE1), now.sum(Metric.DOSE2), now.sum(Metric.BOOSTER)),
                sum(before.sum(Metric.DOSE1), before.sum(Metric.DOSE2), before.sum(Metric.BOOSTER)), now));
        rows.add(rateRow("first-dose", now.firstDose18plusPercent(), before.firstDose18plusPercent(), 2, "%"));
        return new Table(List.of(t.text("key-figures.indicator"), t.text("key-figures.this-week"),
                t.text("key-figures.last-week"), t.text("key-figures.change")), rows);
    }

    private List<Cell> countRow(String key, Long now, Long before, UnitWeek unit) {
        Long change = now == null || before == null ? null : now - before;
        String pct = now == null || before == null || before == 0 ? "" : " (" + VietnameseFormat.decimal(
                (now - before) * 100.0 / before, 1).replaceFirst("^(?!-)", "+") + "%)";
        return List.of(new Cell(t.text("key-figures." + key), "name"), new Cell(mark(number(now), unit), ""),
                Cell.of(number(before)), Cell.of(change == null ? "–" : VietnameseFormat.signed(change) + pct));
    }

    private List<Cell> rateRow(String key, Double now, Double before, int decimals, String unit) {
        String change = now == null || before == null ? "–"
                : VietnameseFormat.decimal(now - before, decimals).replaceFirst("^(?!-)", "+")
                        + (unit.isEmpty() ? "" : " " + t.text("key-figures.points"));
        return List.of(new Cell(t.text("key-figures." + key), "name"),
                Cell.of(now == null ? "–" : VietnameseFormat.decimal(now, decimals) + unit),
                Cell.of(before == null ? "–" : VietnameseFormat.decimal(before, decimals) + unit), Cell.of(change));
    }

    // ---------- I. situation ----------

    private List<String> cases(WeekIndicators week) {
        UnitWeek p = week.scope();
        List<String> out = new ArrayList<>();
        out.add(t.phrase("phrases.cases", "from", dayMonth(week.window().periodStart()), "to",
                dayMonthYear(week.reportDate()), "cases", mark(number(p.cases()), p), "change",
                change(p.casesChange(), p.casesChangePercent()), "perDay", decimal(p.casesPerDay(), 1),
                "arrival", number(p.sum(Metric.CASES_ARRIVAL)), "quarantine", number(p.sum(Metric.CASES_QUARANTINE)),
                "lockdown", number(p.sum(Metric.CASES_LOCKDOWN)), "community", number(p.sum(Metric.CASES_COMMUNITY)),
                "communityShare", percent(p.communityShare(), 1)));
        out.add(t.phrase("phrases.community-rate", "rate", decimal(p.communityPer100kWeek(), 1), "waveStart",
                dayMonthYear(weekRules.waveStart()), "cumulative", number(p.cumulativeCases())));
        List<UnitWeek> withCommunity = week.districts().stream()
            .filter(d -> d.sum(Metric.CASES_COMMUNITY) != null && d.sum(Metric.CASES_COMMUNITY) > 0)
            .sorted(Comparator.comparing((UnitWeek d) -> -d.sum(Metric.CASES_COMMUNITY)).thenComparing(UnitWeek::code))
            .toList();
        if (withCommunity.isEmpty()) {
            out.add(t.phrase("phrases.community-none", "days", number(p.daysWithoutCommunityCase())));
        }
        else {
            out.add(t.phrase("phrases.community-places", "places", withCommunity.stream()
                .map(d -> d.name() + " " + number(d.sum(Metric.CASES_COMMUNITY)) + " ca")
                .collect(Collectors.joining("; "))));
        }
        return out;
    }

    private String change(Long amount, Double pct) {
        if (amount == null) {
            return "–";
        }
        String direction = amount > 0 ? t.text("phrases.rise") : amount < 0 ? t.text("phrases.fall") : t.text("phrases.same");
        if (amount == 0) {
            return direction;
        }
        return pct == null ? t.phrase("phrases.change-no-percent", "direction", direction, "amount", number(Math.abs(amount)))
                : t.phrase("phrases.change", "direction", direction, "amount", number(Math.abs(amount)), "percent",
                        percent(Math.abs(pct), 1));
    }

    private List<String> deaths(WeekIndicators week) {
        UnitWeek p = week.scope();
        return List.of(
                t.phrase("phrases.deaths", "deaths", number(p.sum(Metric.DEATHS)), "previous",
                        number(p.previousSum(Metric.DEATHS)), "cumulative", number(p.cumulative(Metric.DEATHS)), "cfr",
                        percent(p.caseFatalityPercent(), 1)),
                t.phrase("phrases.treatment", "treating", number(p.latest(Metric.UNDER_TREATMENT)), "severe",
                        number(p.latest(Metric.SEVERE)), "icu", number(p.latest(Metric.ICU_IN_USE)), "icuBeds",
                        number(p.icu().beds()), "icuShare", percent(p.icuOccupancyPercent(), 1), "recovered",
                        number(p.sum(Metric.RECOVERED)), "recoveredTotal", number(p.cumulative(Metric.RECOVERED))));
    }

    // ---------- II. results ----------

    private List<String> testing(WeekIndicators week) {
        UnitWeek p = week.scope();
        List<String> out = new ArrayList<>();
        out.add(t.phrase("phrases.testing", "tests", number(p.tests()), "pcr", number(p.sum(Metric.PCR_TESTS)),
                "rapid", number(p.sum(Metric.RAPID_TESTS)), "positivity", percent(p.positivityPercent(), 2)));
        out.add(t.phrase("phrases.households", "households", number(p.sum(Metric.HOUSEHOLDS_SAMPLED)), "coverage",
                percent(p.householdCoveragePercent(), 1)));
        WeekIndicators.Progress progress = week.householdProgress(p);
        if (progress != null && !week.reportDate().isAfter(progress.by().plusDays(weekRules.days()))) {
            out.add(t.phrase("phrases.households-target", "target", percent(progress.targetPercent(), 0), "by",
                    dayMonthYear(progress.by()), "status", status(progress, t.text("words.households"))));
        }
        return out;
    }

    private String status(WeekIndicators.Progress progress, String unit) {
        if (progress.reached()) {
            return t.text("phrases.target-reached");
        }
        if (progress.daysLeft() == 0 || progress.remaining() == null) {
            return t.text("phrases.target-late");
        }
        return t.phrase("phrases.target-open", "remaining", number(progress.remaining()) + " " + unit, "perDay",
                number(progress.neededPerDay()) + " " + unit);
    }

    private List<String> vaccination(WeekIndicators week) {
        UnitWeek p = week.scope();
        List<String> out = new ArrayList<>();
        Long doses = sum(p.sum(Metric.DOSE1), p.sum(Metric.DOSE2), p.sum(Metric.BOOSTER));
        out.add(t.phrase("phrases.vaccination", "doses", number(doses), "dose1", number(p.sum(Metric.DOSE1)), "dose2",
                number(p.sum(Metric.DOSE2)), "booster", number(p.sum(Metric.BOOSTER)), "first",
                percent(p.firstDose18plusPercent(), 2), "full", percent(p.fullDose18plusPercent(), 2), "dropout",
                percent(p.dropoutPercent(), 1)));
        WeekIndicators.Progress progress = week.firstDoseProgress(p);
        if (progress != null && !week.reportDate().isAfter(progress.by().plusDays(weekRules.days()))) {
            out.add(t.phrase("phrases.vaccination-target", "target", percent(progress.targetPercent(), 0), "by",
                    dayMonthYear(progress.by()), "status", status(progress, t.text("words.people"))));
        }
        List<UnitWeek> lowest = week.districts().stream().filter(d -> d.firstDose18plusPercent() != null)
            .sorted(Comparator.comparing(UnitWeek::firstDose18plusPercent)).limit(3).toList();
        if (!lowest.isEmpty()) {
            out.add(t.phrase("phrases.vaccination-low", "places", lowest.stream()
                .map(d -> d.name() + " " + percent(d.firstDose18plusPercent(), 2)).collect(Collectors.joining("; "))));
        }
        return out;
    }

    private static Long sum(Long... values) {
        Long total = null;
        for (Long v : values) {
            if (v != null) {
                total = total == null ? v : total + v;
            }
        }
        return total;
    }

    private List<String> measures(WeekIndicators week) {
        List<String> out = new ArrayList<>();
        if (assessment.framework() == Framework.CONTROL) {
            List<String> now = regimeLines(week, assessment.regimes());
            out.addAll(now.isEmpty() ? List.of(t.text("phrases.regime-none")) : now);
            if (assessment.nextRegimeChange() != null) {
                out.add(t.phrase("phrases.regime-next", "date", dayMonthYear(assessment.nextRegimeChange())));
                regimeLines(week, assessment.nextRegimes()).forEach(line -> out.add("- " + line));
            }
            ControlCheck check = assessment.control().get(week.scope().code());
            if (check != null) {
                out.add(t.text("phrases.criteria-intro"));
                ControlCheck.Criterion c1a = check.criterion("1a");
                out.add("- " + t.phrase("phrases.criterion-1a", "status", status(c1a), "weeks",
                        List.of("week-2", "week-1", "week-0").stream().map(k -> number(asLong(c1a.numbers().get(k))))
                            .collect(Collectors.joining(" → ")),
                        "peak", number(asLong(c1a.numbers().get("peak")))));
                ControlCheck.Criterion c1b = check.criterion("1b");
                out.add("- " + t.phrase("phrases.criterion-1b", "status", status(c1b), "recent",
                        percent(c1b.numbers().get("recent"), 2), "before", percent(c1b.numbers().get("before"), 2)));
                ControlCheck.Criterion c1c = check.criterion("1c");
                Double clusters = c1c.numbers().get("clusters");
                out.add("- " + t.phrase("phrases.criterion-1c", "status", status(c1c), "detail",
                        clusters == null ? "" : " (" + number(asLong(clusters)) + ")"));
                out.add("- " + t.phrase("phrases.criterion-2", "status", status(check.criterion("2"))));
                out.add(t.text(switch (check.overall()) {
                    case MET -> "phrases.criteria-overall-met";
                    case NOT_MET -> "phrases.criteria-overall-not-met";
                    case UNKNOWN -> "phrases.criteria-overall-unknown";
                }));
            }
            return out;
        }
        out.add(t.phrase("phrases.levels-intro", "decision", t.text("words.decisions." + assessment.framework().name()), "to",
                dayMonthYear(week.reportDate())));
        LevelDecision province = assessment.levels().get(week.scope().code());
        Double rate = province == null ? null : province.inputs().getOrDefault("communityPer100kWeek",
                province.inputs().get("casesPer100kWeek"));
        Double coverage = province == null ? null : province.inputs().getOrDefault("firstDose18plusPercent",
                province.inputs().get("fullDosePopulationPercent"));
        out.add("- " + t.phrase("phrases.level-province", "level", levelName(province), "rate", decimal(rate, 1),
                "coverage", percent(coverage, 2)));
        out.add("- " + t.phrase("phrases.level-districts", "counts", counts(week, week.districts())));
        List<UnitWeek> communes = week.communes().values().stream().flatMap(List::stream).toList();
        if (!communes.isEmpty()) {
            out.add("- " + t.phrase("phrases.level-communes", "counts", counts(week, communes), "total",
                    number((long) communes.size())));
        }
        List<String> rises = new ArrayList<>();
        for (UnitWeek u : concat(week.districts(), communes)) {
            LevelDecision now = assessment.levels().get(u.code());
            Integer before = assessment.previousLevels().get(u.code());
            if (now != null && now.level() != null && before != null && now.level() > before) {
                rises.add(u.name() + " (" + before + " → " + now.level() + ")");
            }
        }
        if (!rises.isEmpty()) {
            out.add(t.phrase("phrases.level-rises", "places", String.join(", ", rises)));
        }
        List<String> unverified = assessment.framework() == Framework.QD4800 ? rules.qd4800().unverified()
                : rules.qd218().unverified();
        if (unverified != null && !unverified.isEmpty()) {
            out.add(t.phrase("words.unverified", "items", String.join("; ", unverified)));
        }
        return out;
    }

    private static List<UnitWeek> concat(List<UnitWeek> a, List<UnitWeek> b) {
        List<UnitWeek> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** One line per regime: its wording and the districts under it, in district order. */
    private List<String> regimeLines(WeekIndicators week, Map<String, RegimeInForce> regimes) {
        Map<String, List<String>> byRegime = new LinkedHashMap<>();
        week.districts().forEach(d -> {
            RegimeInForce r = regimes.get(d.code());
            if (r != null) {
                byRegime.computeIfAbsent(r.regime(), k -> new ArrayList<>()).add(d.name());
            }
        });
        List<String> lines = new ArrayList<>();
        byRegime.forEach((regime, names) -> lines.add(t.phrase("phrases.regime", "regime", regimeName(regime), "places",
                String.join(", ", names))));
        return lines;
    }

    /** The regime's wording from texts.yml ("regimes"), or its code when none is given. */
    private String regimeName(String regime) {
        Object words = t.map("regimes").get(regime);
        return words == null ? regime : BriefingTexts.nfc(words.toString());
    }

    private String counts(WeekIndicators week, List<UnitWeek> units) {
        Map<Integer, Long> byLevel = new java.util.TreeMap<>();
        long unknown = 0;
        for (UnitWeek u : units) {
            LevelDecision d = assessment.levels().get(u.code());
            if (d == null || d.level() == null) {
                unknown++;
            }
            else {
                byLevel.merge(d.level(), 1L, Long::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        String total = number((long) units.size());
        byLevel.forEach((level, n) -> parts.add(t.phrase("phrases.level-count", "count", number(n), "total", total,
                "level", level)));
        if (unknown > 0) {
            parts.add(number(unknown) + "/" + total + " " + t.text("phrases.level-unknown"));
        }
        return String.join("; ", parts);
    }

    private String levelName(LevelDecision d) {
        if (d == null || d.level() == null) {
            return t.text("phrases.level-unknown");
        }
        List<String> names = t.list("words.level-names");
        return t.phrase("words.level", "level", d.level()) + (d.level() < names.size() ? " (" + names.get(d.level()) + ")" : "");
    }

    private String status(ControlCheck.Criterion c) {
        return t.text(switch (c.status()) {
            case MET -> "phrases.status-met";
            case NOT_MET -> "phrases.status-not-met";
            case UNKNOWN -> "phrases.status-unknown";
        });
    }

    private static Long asLong(Double d) {
        return d == null ? null : Math.round(d);
    }

    // ---------- III. assessment, IV. tasks ----------

    private List<String> assessment(WeekIndicators week) {
        UnitWeek p = week.scope();
        List<String> out = new ArrayList<>();
        Double pct = p.casesChangePercent();
        Long community = p.communityChange();
        String communityWords = community == null ? "–" : community == 0 ? t.text("phrases.same")
                : t.phrase("phrases.assessment-community", "direction",
                        community > 0 ? t.text("phrases.rise") : t.text("phrases.fall"), "percent",
                        p.communityChangePercent() == null ? number(Math.abs(community)) + " ca"
                                : percent(Math.abs(p.communityChangePercent()), 1));
        if (pct != null) {
            out.add(t.phrase(pct <= 0 ? "phrases.assessment-cases-fall" : "phrases.assessment-cases-rise", "percent",
                    percent(Math.abs(pct), 1), "community", communityWords));
        }
        Long deaths = p.sum(Metric.DEATHS);
        Long before = p.previousSum(Metric.DEATHS);
        if (deaths != null && before != null) {
            out.add(t.phrase("phrases.assessment-deaths", "direction", deaths > before ? t.text("phrases.rise")
                    : deaths < before ? t.text("phrases.fall") : t.text("phrases.same"), "deaths", number(deaths),
                    "previous", number(before)));
        }
        List<String> worse = worsened(week);
        if (!worse.isEmpty()) {
            out.add(t.phrase("phrases.assessment-worse", "places", String.join(", ", worse)));
        }
        if (assessment.framework() == Framework.CONTROL) {
            ControlCheck check = assessment.control().get(p.code());
            if (check != null) {
                out.add(t.text(switch (check.overall()) {
                    case MET -> "phrases.criteria-overall-met";
                    case NOT_MET -> "phrases.criteria-overall-not-met";
                    case UNKNOWN -> "phrases.criteria-overall-unknown";
                }));
            }
        }
        else {
            out.add(t.phrase("phrases.level-province", "level", levelName(assessment.levels().get(p.code())), "rate",
                    decimal(rateOf(assessment.levels().get(p.code())), 1), "coverage",
                    percent(coverageOf(assessment.levels().get(p.code())), 2)));
        }
        if (week.missingReports() > 0) {
            out.add(t.phrase("phrases.assessment-incomplete", "missing", number(week.missingReports()), "places",
                    missingPlaces(week)));
        }
        return out;
    }

    private static Double rateOf(LevelDecision d) {
        return d == null ? null : d.inputs().getOrDefault("communityPer100kWeek", d.inputs().get("casesPer100kWeek"));
    }

    private static Double coverageOf(LevelDecision d) {
        return d == null ? null : d.inputs().getOrDefault("firstDose18plusPercent", d.inputs().get("fullDosePopulationPercent"));
    }

    /** Districts whose community cases rose against the previous week, largest rise first. */
    private List<String> worsened(WeekIndicators week) {
        return week.districts().stream()
            .filter(d -> d.communityChange() != null && d.communityChange() > 0)
            .sorted(Comparator.comparing((UnitWeek d) -> -d.communityChange()).thenComparing(UnitWeek::code))
            .map(d -> d.name() + " (+" + number(d.communityChange()) + ")")
            .toList();
    }

    private String missingPlaces(WeekIndicators week) {
        Map<String, List<String>> byDistrict = new LinkedHashMap<>();
        week.completeness().stream().filter(ReportStatus::missing).forEach(r -> byDistrict
            .computeIfAbsent(name(week, r.districtCode()), k -> new ArrayList<>()).add(dayMonth(r.day())));
        return byDistrict.entrySet().stream().map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
            .collect(Collectors.joining("; "));
    }

    private static String name(WeekIndicators week, String code) {
        return week.districts().stream().filter(d -> d.code().equals(code)).map(UnitWeek::name).findFirst().orElse(code);
    }

    private List<String> tasks(WeekIndicators week) {
        List<String> out = new ArrayList<>(t.list("tasks"));
        Double provinceCoverage = week.scope().firstDose18plusPercent();
        if (provinceCoverage != null) {
            List<String> behind = week.districts().stream()
                .filter(d -> d.firstDose18plusPercent() != null && d.firstDose18plusPercent() < provinceCoverage)
                .sorted(Comparator.comparing(UnitWeek::firstDose18plusPercent))
                .map(d -> d.name() + " " + percent(d.firstDose18plusPercent(), 2)).toList();
            if (!behind.isEmpty()) {
                out.add(t.phrase("phrases.task-vaccination", "places", String.join(", ", behind)));
            }
        }
        List<String> worse = worsened(week);
        if (!worse.isEmpty()) {
            out.add(t.phrase("phrases.task-community", "places", String.join(", ", worse)));
        }
        List<String> late = week.completeness().stream()
            .filter(r -> r.missing() || r.timeliness() == ReportStatus.Timeliness.LATE)
            .map(r -> name(week, r.districtCode())).distinct().toList();
        if (!late.isEmpty()) {
            out.add(t.phrase("phrases.task-reports", "places", String.join(", ", late)));
        }
        return out;
    }

    private List<String> recipients() {
        List<String> names = t.list("recipients");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ","));
        }
        return out;
    }

    // ---------- annex ----------

    private String mark(String value, UnitWeek u) {
        return u.incomplete() ? value + t.text("words.incomplete-mark") : value;
    }

    /** Annex table 1a: the week's cases per district, split by where they were found. */
    private Table casesTable(WeekIndicators week) {
        List<String> header = List.of(t.text("table.number"), t.text("table.unit"), t.text("table.population"),
                t.text("table.cases"), t.text("table.community"), t.text("table.quarantine"), t.text("table.lockdown"),
                t.text("table.arrival"), t.text("table.community-rate"), t.text("table.change"),
                t.text("table.cumulative"));
        return table(week, header, (u, style) -> List.of(new Cell(number(u.figures().population()), style),
                new Cell(mark(number(u.cases()), u), style), new Cell(number(u.sum(Metric.CASES_COMMUNITY)), style),
                new Cell(number(u.sum(Metric.CASES_QUARANTINE)), style),
                new Cell(number(u.sum(Metric.CASES_LOCKDOWN)), style), new Cell(number(u.sum(Metric.CASES_ARRIVAL)), style),
                new Cell(decimal(u.communityPer100kWeek(), 1), style), new Cell(VietnameseFormat.signed(u.casesChange()), style),
                new Cell(number(u.cumulativeCases()), style)));
    }

    /** Annex table 1b: treatment, deaths, vaccination and the regime or level per district. */
    private Table careTable(WeekIndicators week) {
        boolean control = assessment.framework() == Framework.CONTROL;
        List<String> header = List.of(t.text("table.number"), t.text("table.unit"), t.text("table.treating"),
                t.text("table.deaths"), t.text("table.cfr"), t.text("table.dose1"), t.text("table.dose2"),
                t.text(control ? "table.status-control" : "table.status-levels"));
        return table(week, header, (u, style) -> {
            List<Cell> cells = new ArrayList<>(List.of(new Cell(number(u.latest(Metric.UNDER_TREATMENT)), style),
                    new Cell(number(u.sum(Metric.DEATHS)) + "/" + number(u.cumulative(Metric.DEATHS)), style),
                    new Cell(percent(u.caseFatalityPercent(), 1), style),
                    new Cell(decimal(u.firstDose18plusPercent(), 2), style),
                    new Cell(decimal(u.fullDose18plusPercent(), 2), style)));
            if (control) {
                RegimeInForce r = assessment.regimes().get(u.code());
                cells.add(new Cell(r == null ? "–" : r.regime(), style));
            }
            else {
                LevelDecision d = assessment.levels().get(u.code());
                cells.add(d == null || d.level() == null ? new Cell("–", style)
                        : new Cell(t.phrase("words.level", "level", d.level()), style + " level-" + d.level()));
            }
            return cells;
        });
    }

    /** One row per district and a total row, the first two cells (number, name) shared by both tables. */
    private Table table(WeekIndicators week, List<String> header,
            java.util.function.BiFunction<UnitWeek, String, List<Cell>> cells) {
        List<List<Cell>> rows = new ArrayList<>();
        int n = 1;
        List<UnitWeek> units = new ArrayList<>(week.districts());
        units.add(week.scope());
        for (UnitWeek u : units) {
            boolean total = u == week.scope();
            String style = total ? "total" : "";
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(total ? "" : Integer.toString(n++), style));
            row.add(new Cell(total ? t.text("words.province") : u.name(), style + " name"));
            row.addAll(cells.apply(u, style));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private Table completenessTable(WeekIndicators week) {
        List<String> header = new ArrayList<>();
        header.add(t.text("table.unit"));
        for (LocalDate d = week.window().first(); !d.isAfter(week.window().last()); d = d.plusDays(1)) {
            header.add(dayMonth(d));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (UnitWeek d : week.districts()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(d.name(), "name"));
            for (ReportStatus r : week.completenessOf(d.code())) {
                String word = switch (r.timeliness()) {
                    case ON_TIME -> t.text("words.on-time");
                    case LATE -> t.text("words.late");
                    case BACKLOADED -> t.text("words.backloaded");
                    case NOT_JUDGED -> t.text("words.not-judged");
                    case MISSING -> t.text("words.missing");
                };
                cells.add(new Cell(word + (r.revision() > 1 ? " (" + r.revision() + ")" : ""),
                        r.timeliness().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
            }
            rows.add(cells);
        }
        return new Table(header, rows);
    }

    private List<String> flags(WeekIndicators week) {
        List<WeekFacts.Flag> flags = week.flags();
        if (flags.isEmpty()) {
            return List.of(t.text("reasons.none"));
        }
        List<String> out = new ArrayList<>();
        for (WeekFacts.Flag f : flags.subList(0, Math.min(MAX_FLAGS, flags.size()))) {
            String reason = t.map("reasons").containsKey(f.code()) ? t.text("reasons." + f.code()) : f.code();
            String where = f.line() == null ? "" : t.phrase("reasons.where", "line", f.line(), "column",
                    Objects.toString(f.column(), "–"), "value", Objects.toString(f.value(), ""));
            out.add(t.phrase("reasons.line", "day", dayMonth(f.day()), "district", name(week, f.districtCode()), "file",
                    f.fileName().replaceAll(".*/", ""), "where", where, "reason", reason, "status",
                    t.text(f.severity().equals("REJECT") ? "reasons.rejected" : "reasons.flagged")));
        }
        if (flags.size() > MAX_FLAGS) {
            out.add(t.phrase("reasons.more", "count", number((long) flags.size() - MAX_FLAGS)));
        }
        return out;
    }

    private Table definitionsTable() {
        List<List<Cell>> rows = new ArrayList<>();
        for (String[] d : definitions) {
            rows.add(List.of(new Cell(d[1], "name"), Cell.of(d[2]), Cell.of(d.length > 3 ? d[3] : "")));
        }
        return new Table(List.of(t.text("table.definition-name"), t.text("table.definition-text"),
                t.text("table.definition-source")), rows);
    }

    private List<String> provenance(WeekIndicators week, Provenance p) {
        List<String> out = new ArrayList<>();
        String hour = String.format("%02d", weekRules.cutoffHour());
        out.add(t.phrase("provenance.cutoff", "hour", hour, "to", dayMonthYear(week.reportDate()), "zone", zone,
                "first", dayMonthYear(week.window().first()), "waveStart", dayMonthYear(weekRules.waveStart())));
        out.add(t.phrase("provenance.revision", "revision", p.dataRevision().substring(0, 16), "files",
                number((long) p.filesUpToDate()), "to", dayMonthYear(week.reportDate()), "reference",
                p.referenceChecksum() == null ? "–" : p.referenceChecksum().substring(0, 16)));
        out.add(t.phrase("provenance.template", "version", t.text("version"), "template",
                p.templateChecksum().substring(0, 16)));
        if (p.adults() != null) {
            out.add(t.phrase("provenance.denominator", "total", number(p.adults()), "source", p.adultsSource()));
        }
        out.add(t.text("provenance.files"));
        return out;
    }

    private List<String> sourceFiles(WeekIndicators week, Provenance p) {
        List<String> out = new ArrayList<>();
        for (EditionSources.DayFile f : p.files()) {
            out.add(t.phrase("provenance.file", "day", dayMonth(f.day()), "district", Charts.shortName(name(week,
                    f.districtCode())), "name", f.fileName().replaceAll(".*/", ""), "checksum",
                    f.checksum().substring(0, Math.min(12, f.checksum().length())), "revision",
                    f.revision() > 1 ? t.phrase("provenance.corrected", "n", f.revision() - 1) : ""));
        }
        return out;
    }
}
