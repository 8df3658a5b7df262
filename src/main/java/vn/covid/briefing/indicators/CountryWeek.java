package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * The week of a country read one level up: its parts are the provinces (each the sum of its districts,
 * with its own denominators and bases) and under each province its districts, where a province's week has
 * districts and under them communes. Everything that reads a week (the assessment, the briefing) then
 * treats the country as it treats a province: the Ministry's briefing has a row per province, not per
 * district, and levels per province and district.
 */
final class CountryWeek {

    private CountryWeek() {
    }

    static WeekIndicators byProvince(WeekIndicators country, UnitDirectory units, Denominators denominators,
            Denominators.Scale scale, CumulativeBases bases, Map<String, LocalDate> firstReports, WeekProperties week) {
        Map<String, List<UnitWeek>> districtsOf = new LinkedHashMap<>();
        for (UnitWeek d : country.districts()) {
            units.provinceOf(d.unit()).ifPresent(p -> districtsOf.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(d));
        }
        List<UnitWeek> provinces = new ArrayList<>();
        for (Unit p : units.children(country.scope().code())) {
            List<UnitWeek> districts = districtsOf.get(p.code());
            if (p.level() != Unit.Level.PROVINCE || districts == null) {
                continue;
            }
            provinces.add(province(p, districts, country, units, denominators, scale, bases, firstReports));
        }
        if (provinces.isEmpty()) { // a "country" whose reporting units are its direct children
            return country;
        }
        Map<String, List<UnitWeek>> under = new LinkedHashMap<>();
        provinces.forEach(p -> under.put(p.code(), districtsOf.get(p.code())));
        return new WeekIndicators(country.reportDate(), country.window(), country.scope(), provinces, under,
                country.completeness(), country.flags(), country.targets(),
                Plausibility.caveats(country.scope(), provinces, under, week.targets()), country.denominators(),
                country.denominatorChanges());
    }

    private static UnitWeek province(Unit p, List<UnitWeek> districts, WeekIndicators country, UnitDirectory units,
            Denominators denominators, Denominators.Scale scale, CumulativeBases bases, Map<String, LocalDate> firstReports) {
        Series any = country.scope().daily();
        Series daily = new Series(any.start(), any.days());
        Series total = new Series(country.reportDate(), 1);
        LocalDate lastCommunity = null;
        LocalDate firstData = null;
        int missing = 0;
        List<IcuCapacity> icu = new ArrayList<>();
        for (UnitWeek d : districts) {
            daily.addAll(d.daily());
            total.addAll(d.total());
            lastCommunity = later(lastCommunity, d.lastCommunityCase());
            LocalDate first = firstReports.get(d.code());
            firstData = first == null || firstData != null && !first.isBefore(firstData) ? firstData : first;
            missing += d.missingReports();
            icu.add(d.icu());
        }
        UnitWeek.Figures figures = denominators.figures(units, p.code(), scale);
        IcuCapacity capacity = IcuCapacity.sum(icu);
        if (capacity.basis() == IcuCapacity.Basis.REFERENCE && figures.icuBeds() != null) {
            capacity = new IcuCapacity(figures.icuBeds(), IcuCapacity.Basis.REFERENCE);
        }
        return new UnitWeek(p, figures, country.window(), daily, total, lastCommunity, missing, bases.of(p.code(), firstData),
                capacity);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
