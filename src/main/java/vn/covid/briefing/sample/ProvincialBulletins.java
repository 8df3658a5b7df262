package vn.covid.briefing.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.profile.RealData;
import vn.covid.briefing.reference.Names;
import vn.covid.briefing.sample.SampleReference.Commune;
import vn.covid.briefing.sample.SampleReference.District;

/**
 * What Đồng Tháp's own bulletins say (realdata/dong_thap_bulletins, whose README lists every caveat): the
 * day's cases by where they were found, and the community cases by district and by commune on the 16 days
 * an excerpt lists them, with the names as the pages write them mapped to GSO codes. District lists are
 * often cut off; 21/7/2021 lists by the health centre that detected the cases, not by residence.
 */
final class ProvincialBulletins {

    /**
     * A bulletin's split of one day's new cases: arrivals, quarantine (treatment facilities included: found
     * inside a facility, not in the community), lockdown, community; null where the page does not give it.
     */
    record Split(long total, Long[] parts, String url) {

        /** The parts it gives add up to its total (a blank part is then zero). */
        boolean complete() {
            return known() == total;
        }

        long known() {
            long sum = 0;
            for (Long p : parts) {
                sum += p == null ? 0 : p;
            }
            return sum;
        }

        boolean any() {
            return java.util.Arrays.stream(parts).anyMatch(java.util.Objects::nonNull);
        }
    }

    /** A district's community cases of a day as a bulletin lists them. */
    record DistrictCount(String district, String asWritten, long cases, String listedBy, String url) {
    }

    record CommuneCount(String commune, String district, long cases) {
    }

    private final Map<LocalDate, List<Split>> splits = new HashMap<>();
    private final Map<LocalDate, List<DistrictCount>> districts = new HashMap<>();
    private final Map<LocalDate, List<CommuneCount>> communes = new HashMap<>();
    private final List<District> units;

    ProvincialBulletins(Path realdata, List<District> units) throws IOException {
        this.units = units;
        Path folder = realdata.resolve("dong_thap_bulletins");
        for (CSVRecord r : RealData.read(folder.resolve("daily.csv"))) {
            if (r.get("source_kind").startsWith("national") || r.get("total_new").isEmpty()) {
                continue;
            }
            Long quarantine = sum(value(r, "quarantine"), value(r, "treatment_facility"));
            splits.computeIfAbsent(LocalDate.parse(r.get("date")), d -> new ArrayList<>()).add(new Split(
                    Long.parseLong(r.get("total_new")), new Long[] { value(r, "arrivals"), quarantine, value(r, "lockdown"),
                        value(r, "community") }, r.get("url")));
        }
        for (CSVRecord r : RealData.read(folder.resolve("district_community.csv"))) {
            LocalDate date = LocalDate.parse(r.get("date"));
            String code = district(r.get("district"));
            List<DistrictCount> day = districts.computeIfAbsent(date, d -> new ArrayList<>());
            long cases = Long.parseLong(r.get("community_cases"));
            // the same bulletin published twice (5/12 on baodongthap and stc): keep one line per district
            if (day.stream().noneMatch(c -> c.district().equals(code))) {
                day.add(new DistrictCount(code, r.get("district"), cases, r.get("listed_by"), r.get("url")));
            }
            else if (day.stream().anyMatch(c -> c.district().equals(code) && c.cases() != cases)) {
                throw new IllegalStateException("two bulletins disagree on " + r.get("district") + " on " + date);
            }
        }
        for (CSVRecord r : RealData.read(folder.resolve("commune_cases.csv"))) {
            if (!r.get("category").equals("community")) {
                continue;
            }
            String district = district(r.get("district"));
            communes.computeIfAbsent(LocalDate.parse(r.get("date")), d -> new ArrayList<>())
                .add(new CommuneCount(commune(district, r.get("commune")), district, Long.parseLong(r.get("cases"))));
        }
    }

    private static Long value(CSVRecord r, String column) {
        return r.get(column).isEmpty() ? null : Long.valueOf(r.get(column));
    }

    private static Long sum(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a + b;
    }

    /** The bulletin of the day whose total is the sample's total (a full day, the same dating); none otherwise. */
    Split split(LocalDate date, long total) {
        return splits.getOrDefault(date, List.of()).stream().filter(s -> s.total() == total && s.any())
            .max(java.util.Comparator.comparing((Split s) -> s.complete())).orElse(null);
    }

    List<DistrictCount> districtCounts(LocalDate date) {
        return districts.getOrDefault(date, List.of());
    }

    /** Per commune code, the community cases a bulletin lists for the day. */
    Map<String, Long> communeCounts(LocalDate date) {
        Map<String, Long> out = new LinkedHashMap<>();
        communes.getOrDefault(date, List.of()).forEach(c -> out.merge(c.commune(), c.cases(), Long::sum));
        return out;
    }

    /** A district as a page writes it ("TP. Sa Đéc", "huyện Cao Lãnh", "TTYT huyện Lai Vung") → its GSO code. */
    String district(String asWritten) {
        String folded = Names.fold(asWritten).replaceFirst("^ttyt ", "");
        boolean city = folded.startsWith("tp ") || folded.startsWith("thanh pho ");
        boolean rural = folded.startsWith("huyen ");
        String key = Names.unitKey(folded);
        List<District> matches = units.stream().filter(d -> Names.unitKey(d.name()).equals(key))
            .filter(d -> !city || d.name().startsWith("Thành phố")).filter(d -> !rural || d.name().startsWith("Huyện"))
            .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException("the bulletins' district '" + asWritten + "' matches " + matches.size()
                    + " districts of the reference");
        }
        return matches.get(0).code();
    }

    private String commune(String district, String asWritten) {
        District d = units.stream().filter(x -> x.code().equals(district)).findFirst().orElseThrow();
        // "thị trấn Mỹ An" and "xã Mỹ An" are two communes of Tháp Mười: the type word decides where it is written
        String type = Names.fold(asWritten).replaceFirst("^(thi tran|xa|phuong) .*", "$1");
        List<Commune> matches = d.communes().stream()
            .filter(c -> Names.unitKey(c.name()).equals(Names.unitKey(asWritten)))
            .filter(c -> !List.of("thi tran", "xa", "phuong").contains(type) || Names.fold(c.name()).startsWith(type + " "))
            .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException("the bulletins' commune '" + asWritten + "' of " + d.name() + " matches "
                    + matches.size() + " communes of the reference");
        }
        return matches.get(0).code();
    }
}
