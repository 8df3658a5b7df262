package vn.covid.briefing.briefing.templates;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every phrase of texts.yml that the code fills in, with the placeholders it fills: the one list both
 * the code and the check of a clerk's edit ({@link TemplateCheck}) read, so that a mistyped {casess}
 * is caught before anything is issued instead of being printed into a signed PDF.
 */
public final class Phrases {

    private static final Map<String, List<String>> PLACEHOLDERS = Map.ofEntries(
            entry("annex.attached", List.of("date", "issuer", "number")),
            entry("annex.change", List.of("after", "before", "metric", "unit")),
            entry("annex.communes-high", List.of("places")),
            entry("annex.cumulative", List.of("cases", "doses")),
            entry("annex.unverified-others", List.of("count")),
            entry("annex.cutoff", List.of("first", "hour", "to")),
            entry("annex.flag", List.of("day", "district", "file", "reason", "status", "where")),
            entry("annex.flag-column", List.of("column", "value")),
            entry("annex.flag-where", List.of("column", "line", "value")),
            entry("annex.level", List.of("level")),
            entry("annex.level-in-text", List.of("level")),
            entry("annex.more", List.of("count")),
            entry("annex.moved", List.of("after", "before", "what")),
            entry("annex.provenance", List.of("file")),
            entry("annex.reports-archive", List.of("expected", "received")),
            entry("annex.reports-missing", List.of("missing")),
            entry("annex.resent", List.of("changes", "day", "district", "file")),
            entry("annex.setting-added", List.of("after", "name")),
            entry("annex.setting-balance", List.of("unit")),
            entry("annex.setting-change", List.of("after", "before", "name")),
            entry("annex.setting-decision", List.of("unit")),
            entry("annex.setting-figure", List.of("figure", "unit")),
            entry("annex.setting-removed", List.of("before", "name")),
            entry("annex.settings-changed", List.of("changes", "edition")),
            entry("annex.settings-more", List.of("count")),
            entry("annex.since", List.of("changes", "edition")),
            entry("annex.since-nothing", List.of("edition")),
            entry("annex.since-none", List.of("edition")),
            entry("annex.unverified", List.of("items")),
            entry("caveats.since", List.of("day")),
            entry("caveats.since-first-data", List.of("day")),
            entry("charts.level-legend", List.of("level", "name")),
            entry("charts.map-title-control", List.of("date")),
            entry("charts.map-title-levels", List.of("date")),
            entry("documents-form.brief", List.of("kind", "number")),
            entry("documents-form.full", List.of("date", "issuer", "kind", "number")),
            entry("documents-form.full-undated", List.of("issuer", "kind", "number")),
            entry("documents-form.unnumbered", List.of("date", "issuer")),
            entry("documents-form.unnumbered-level", List.of("date", "issuer")),
            entry("evaluation.cases-fell", List.of("change")),
            entry("evaluation.cases-rose", List.of("change")),
            entry("evaluation.community-fell", List.of("change")),
            entry("evaluation.community-free", List.of("places")),
            entry("evaluation.community-rising", List.of("count", "total")),
            entry("evaluation.coverage-rose", List.of("change", "coverage")),
            entry("evaluation.deaths", List.of("change", "deaths")),
            entry("evaluation.deaths-fell", List.of("before", "deaths")),
            entry("evaluation.however", List.of("points")),
            entry("evaluation.lowest-coverage", List.of("coverage", "place")),
            entry("evaluation.many-in.cases_lockdown", List.of("count", "total")),
            entry("evaluation.many-in.cases_quarantine", List.of("count", "total")),
            entry("evaluation.reports-missing", List.of("count")),
            entry("figures.caption", List.of("number", "title")),
            entry("figures.shading", List.of("from", "to")),
            entry("header.number", List.of("reference")),
            entry("header.reference", List.of("number")),
            entry("key-figures.denominator-change", List.of("before", "from", "likeForLike", "now", "printed")),
            entry("measures.communes-from-district", List.of("count", "districts")),
            entry("measures.communes-reason-count", List.of("count", "reason")),
            entry("measures.communes-not-assessed", List.of("count", "places")),
            entry("measures.criteria-218", List.of("criteria")),
            entry("measures.criteria-intro", List.of("decisions")),
            entry("measures.criterion", List.of("met", "name", "threshold", "value")),
            entry("measures.criterion-1a", List.of("peak", "status", "weeks")),
            entry("measures.criterion-1b", List.of("before", "recent", "status")),
            entry("measures.criterion-1c", List.of("clusters", "status")),
            entry("measures.criterion-1c-unknown", List.of("status")),
            entry("measures.criterion-2", List.of("decision", "status")),
            entry("measures.criterion-threshold", List.of("threshold")),
            entry("measures.framework-change", List.of("decisions", "from")),
            entry("measures.input", List.of("value", "what")),
            entry("measures.level-by-data", List.of("counts")),
            entry("measures.level-by-decision", List.of("counts", "decision")),
            entry("measures.level-change", List.of("after", "before", "place")),
            entry("measures.level-changes", List.of("places")),
            entry("measures.level-communes", List.of("counts")),
            entry("measures.level-computed", List.of("inputs", "level")),
            entry("measures.level-count", List.of("count", "level", "total")),
            entry("measures.level-count-decided", List.of("count", "level", "total")),
            entry("measures.level-counts-decided", List.of("counts", "decision")),
            entry("measures.level-differing", List.of("places")),
            entry("measures.level-differing-many", List.of("count", "counts", "total")),
            entry("measures.level-differs", List.of("computed", "official", "place")),
            entry("measures.level-districts", List.of("counts")),
            entry("measures.level-name", List.of("level", "name")),
            entry("measures.level-official", List.of("decision", "level")),
            entry("measures.level-province", List.of("level")),
            entry("measures.level-province-decided-unknown", List.of("decision", "level")),
            entry("measures.level-province-differs", List.of("computed", "official")),
            entry("measures.level-province-same", List.of("computed", "official")),
            entry("measures.levels-intro", List.of("decisions", "to")),
            entry("measures.regime", List.of("decision", "places", "regime")),
            entry("measures.regime-all", List.of("decision", "regime")),
            entry("measures.regime-decided", List.of("from")),
            entry("notices.edition", List.of("edition", "issued", "previous", "reasons")),
            entry("notices.missing-days", List.of("days", "place")),
            entry("notices.provisional", List.of("missing")),
            entry("opening.answering", List.of("instruction", "period")),
            entry("opening.plain", List.of("period")),
            entry("proposals.apply", List.of("places", "reasons", "what")),
            entry("proposals.change", List.of("places", "reasons", "was", "what")),
            entry("proposals.keep", List.of("places", "reasons", "what")),
            entry("proposals.levels-intro", List.of("from")),
            entry("proposals.reason-band", List.of("column", "range")),
            entry("proposals.reason-band-community", List.of("column", "range")),
            entry("proposals.band-below", List.of("to")),
            entry("proposals.band-between", List.of("from", "to")),
            entry("proposals.band-between-inclusive", List.of("from", "to")),
            entry("proposals.band-from", List.of("from")),
            entry("proposals.band-above", List.of("from")),
            entry("proposals.regimes-intro", List.of("from")),
            entry("regimes.form", List.of("document", "regime")),
            entry("results.coverage", List.of("booster", "first", "full")),
            entry("results.coverage-no-booster", List.of("first", "full")),
            entry("results.coverage-12-17", List.of("doses", "first", "full")),
            entry("results.coverage-12-17-doses", List.of("doses")),
            entry("results.coverage-above-100", List.of("places")),
            entry("results.home-and-oxygen", List.of("home", "oxygen")),
            entry("results.household-visits", List.of("visits")),
            entry("results.households-covered", List.of("coverage", "households")),
            entry("results.households-target", List.of("by", "status", "target")),
            entry("results.icu", List.of("beds", "icu", "share")),
            entry("results.icu-above-beds", List.of("beds", "icu")),
            entry("results.icu-estimated", List.of("beds", "icu", "share")),
            entry("results.icu-missing-with-severe", List.of("severe")),
            entry("results.icu-no-beds", List.of("icu")),
            entry("results.recovered", List.of("recovered", "since", "total")),
            entry("results.target-late", List.of("reached")),
            entry("results.target-open", List.of("perDay", "reached", "remaining")),
            entry("results.testing", List.of("change", "pcr", "positivity", "rapid", "tests")),
            entry("results.treatment", List.of("severe", "treating")),
            entry("results.vaccination", List.of("booster", "dose1", "dose2", "doses")),
            entry("results.vaccination-no-booster", List.of("dose1", "dose2", "doses")),
            entry("results.vaccination-lowest", List.of("places")),
            entry("results.vaccination-target", List.of("by", "status", "target")),
            entry("situation.arrivals", List.of("cases", "change", "places")),
            entry("situation.cases", List.of("cases", "change", "from", "perDay", "to")),
            entry("situation.community-none-days", List.of("days")),
            entry("situation.community-places", List.of("count", "places")),
            entry("situation.community-rate", List.of("rate")),
            entry("situation.cumulative", List.of("cases", "since")),
            entry("situation.deaths", List.of("cfr", "change", "cumulative", "deaths", "since")),
            entry("situation.localities", List.of("places")),
            entry("situation.sources", List.of("parts")),
            entry("situation.sources-none", List.of("places")),
            entry("tasks.community", List.of("by", "places")),
            entry("tasks.households", List.of("by", "remaining", "target")),
            entry("tasks.icu", List.of("by", "share")),
            entry("tasks.quarantine", List.of("by")),
            entry("tasks.reports", List.of("places")),
            entry("tasks.vaccination", List.of("by", "places", "target")),
            entry("title.keywords-control", List.of("date", "place")),
            entry("title.keywords-levels", List.of("date", "place")),
            entry("title.period", List.of("from", "to")));

    private Phrases() {
    }

    /** The phrases and their placeholders. */
    public static Map<String, List<String>> all() {
        return PLACEHOLDERS;
    }

    /** Texts the shipped templates/ leave to each province: its profile's texts.yml must give them. */
    public static final List<String> PROVINCE_TEXTS = List.of("header.superior", "header.issuer", "header.reference",
            "header.place", "signature.on-behalf", "signature.title", "signature.name", "recipients");

    /**
     * Plain texts the code looks up by a key it computes (a proposal's reason, a column the annex names), and
     * the province's own, so each must be there.
     */
    public static List<String> required() {
        List<String> keys = new java.util.ArrayList<>(PROVINCE_TEXTS);
        vn.covid.briefing.assessment.Proposals.reasonKeys().forEach(k -> keys.add("proposals.reasons." + k));
        java.util.Arrays.stream(vn.covid.briefing.ingest.Column.values()).forEach(c -> keys.add("columns." + c.canonical()));
        keys.add("columns." + vn.covid.briefing.ingest.OutlierDetector.NEW_CASES);
        return keys;
    }

    /** The placeholders a phrase may use, for messages. */
    public static String placeholders(String key) {
        List<String> names = PLACEHOLDERS.get(key);
        return names == null ? "none" : String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }

    /** A programming error when code fills a phrase with other names than declared here. */
    static void requireDeclared(String key, Set<String> given) {
        List<String> declared = PLACEHOLDERS.get(key);
        if (declared == null || !new TreeSet<>(declared).equals(new TreeSet<>(given))) {
            throw new IllegalStateException("the phrase " + key + " is filled with " + new TreeSet<>(given)
                    + " but Phrases declares " + declared);
        }
    }
}
