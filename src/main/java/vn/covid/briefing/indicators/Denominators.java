package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * The populations coverages are divided by, as a briefing of a date could know them: each unit keeps its
 * share of the reference figure, scaled to the province's own total published on or before the date
 * ({@code briefing.week.population18plus}, {@code population12to17}). Before the first published total a
 * coverage is not known; with none configured at all the reference figures stand as they are.
 */
final class Denominators {

    static final String ADULTS = "population_18plus";
    static final String YOUNG = "population_12_17";

    private final WeekProperties week;

    Denominators(WeekProperties week) {
        this.week = week;
    }

    /** How much each unit's reference figure is scaled on a date; null: no total known on that date. */
    record Scale(Double adults, Double young) {
    }

    Scale scale(UnitDirectory units, Unit top, LocalDate day) {
        return new Scale(factor(units, top, ADULTS, week.population18plus(), day),
                factor(units, top, YOUNG, week.population12to17(), day));
    }

    private static Double factor(UnitDirectory units, Unit top, String figure, List<WeekProperties.DatedTotal> totals,
            LocalDate day) {
        if (totals == null || totals.isEmpty()) {
            return 1.0;
        }
        Long reference = value(units, figure, top.code());
        return WeekProperties.on(totals, day).filter(t -> reference != null && reference > 0)
            .map(t -> t.total() / (double) reference).orElse(null);
    }

    UnitWeek.Figures figures(UnitDirectory units, String code, Scale scale) {
        return new UnitWeek.Figures(value(units, UnitDirectory.POPULATION, code), scaled(units, ADULTS, code, scale.adults()),
                value(units, "population_65plus", code), value(units, "households", code),
                value(units, UnitDirectory.ICU_BEDS, code), scaled(units, YOUNG, code, scale.young()));
    }

    private static Long scaled(UnitDirectory units, String figure, String code, Double factor) {
        Long v = value(units, figure, code);
        return v == null || factor == null ? null : Math.round(v * factor);
    }

    static Long value(UnitDirectory units, String figure, String code) {
        var v = units.figure(figure, code);
        return v.isPresent() ? v.getAsLong() : null;
    }

    /** The scope's denominators on the date, known or not (then with the first one published after it). */
    List<Denominator> on(LocalDate day) {
        return List.of(denominator(ADULTS, week.population18plus(), day), denominator(YOUNG, week.population12to17(), day));
    }

    private static Denominator denominator(String figure, List<WeekProperties.DatedTotal> totals, LocalDate day) {
        if (totals == null || totals.isEmpty()) {
            return new Denominator(figure, null, null, null, "the reference figure (input/reference/figures.csv)");
        }
        return WeekProperties.on(totals, day)
            .map(t -> new Denominator(figure, t.total(), t.from(), t.known(), t.source()))
            .orElseGet(() -> totals.stream().min(Comparator.comparing(t -> t.known() == null ? t.from() : t.known()))
                .map(t -> new Denominator(figure, null, t.from(), t.known(), t.source())).orElseThrow());
    }

    private static final Map<String, Function<UnitWeek, Double>> ADULT_COVERAGES = new LinkedHashMap<>();
    private static final Map<String, Function<UnitWeek, Double>> YOUNG_COVERAGES = new LinkedHashMap<>();
    static {
        ADULT_COVERAGES.put("firstDose18plusPercent", UnitWeek::firstDose18plusPercent);
        ADULT_COVERAGES.put("fullDose18plusPercent", UnitWeek::fullDose18plusPercent);
        ADULT_COVERAGES.put("booster18plusPercent", UnitWeek::booster18plusPercent);
        YOUNG_COVERAGES.put("firstDose12to17Percent", UnitWeek::firstDose12to17Percent);
        YOUNG_COVERAGES.put("fullDose12to17Percent", UnitWeek::fullDose12to17Percent);
    }

    /**
     * The denominators that are not last week's: what each was then and is now, and the scope's coverage of
     * last week both ways (with this week's denominator, and as last week's briefing printed it).
     */
    List<DenominatorChange> changes(UnitDirectory units, Unit top, UnitWeek scope, LocalDate reportDate) {
        LocalDate lastWeek = reportDate.minusDays(week.days());
        List<DenominatorChange> out = new ArrayList<>();
        List<Denominator> now = on(reportDate);
        List<Denominator> before = on(lastWeek);
        UnitWeek likeForLike = scope.previousWeek();
        UnitWeek asPrinted = likeForLike.withFigures(figures(units, top.code(), scale(units, top, lastWeek)));
        for (int i = 0; i < now.size(); i++) {
            if (Objects.equals(now.get(i).total(), before.get(i).total())) {
                continue;
            }
            var coverages = i == 0 ? ADULT_COVERAGES : YOUNG_COVERAGES;
            Map<String, Double> like = new LinkedHashMap<>();
            Map<String, Double> printed = new LinkedHashMap<>();
            coverages.forEach((name, f) -> {
                like.put(name, f.apply(likeForLike));
                printed.put(name, f.apply(asPrinted));
            });
            out.add(new DenominatorChange(now.get(i).figure(), before.get(i), now.get(i), like, printed));
        }
        return out;
    }
}
