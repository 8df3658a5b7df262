package vn.covid.briefing.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.covid.briefing.sample.SampleReference.Commune;
import vn.covid.briefing.sample.SampleReference.District;
import vn.covid.briefing.system.Allocation;

/**
 * Where the province's own bulletin covers a day: its split by source replaces the day's (when its total is
 * the day's), and the communes and districts it lists get exactly their community cases, the rest being
 * spread by the synthetic weights. Every district figure of those days goes to the district provenance.
 */
final class BulletinSplit {

    private final ProvincialBulletins bulletins;
    private final List<District> districts;
    private final List<Commune> communes;
    private final SplittableRandom random;
    private final List<String[]> districtProvenance;

    BulletinSplit(ProvincialBulletins bulletins, List<District> districts, List<Commune> communes, SplittableRandom random,
            List<String[]> districtProvenance) {
        this.bulletins = bulletins;
        this.districts = districts;
        this.communes = communes;
        this.random = random;
        this.districtProvenance = districtProvenance;
    }

    /** Puts the day's bulletin into the split (arrivals … not yet classified); returns where the split now comes from. */
    String split(LocalDate date, long[] split, String source) {
        long total = java.util.Arrays.stream(split).sum();
        String splitSource = source;
        ProvincialBulletins.Split bulletin = bulletins.split(date, total);
        if (bulletin != null && withBulletin(split, bulletin)) {
            splitSource = bulletin.complete() ? "provincial bulletin: " + bulletin.url()
                    : "provincial bulletin for the parts it gives, " + source + " for the rest: " + bulletin.url();
        }
        long listed = bulletins.districtCounts(date).stream().mapToLong(ProvincialBulletins.DistrictCount::cases).sum();
        if (listed > split[SampleGenerator.COMMUNITY]) {
            splitSource += "; community raised to the " + listed + " the bulletin lists by district";
            raiseCommunity(split, listed);
        }
        return splitSource;
    }

    /**
     * Puts the bulletin's parts into the split, the others sharing what is left as the split had them;
     * false (and nothing changed) when the bulletin's parts exceed the day's total.
     */
    private static boolean withBulletin(long[] split, ProvincialBulletins.Split bulletin) {
        long known = 0;
        double[] rest = new double[split.length];
        for (int s = 0; s < split.length; s++) {
            Long part = s < bulletin.parts().length ? bulletin.parts()[s] : null;
            if (part == null && bulletin.complete() && s < bulletin.parts().length) {
                part = 0L; // the parts given add up to the total: a part left blank had no case
            }
            if (part != null) {
                known += part;
            }
            else {
                rest[s] = split[s];
            }
        }
        long total = java.util.Arrays.stream(split).sum();
        if (known > total) {
            return false;
        }
        if (java.util.Arrays.stream(rest).sum() == 0) {
            rest[SampleGenerator.UNCLASSIFIED] = 1; // what the bulletin does not place is not classified
        }
        long[] others = Allocation.proportional(total - known, rest);
        for (int s = 0; s < split.length; s++) {
            Long part = s < bulletin.parts().length ? bulletin.parts()[s] : null;
            split[s] = part != null ? part : bulletin.complete() && s < bulletin.parts().length ? 0 : others[s];
        }
        return true;
    }

    /** The bulletin names more community cases than the split holds: they come out of the unclassified first. */
    private static void raiseCommunity(long[] split, long community) {
        long missing = community - split[SampleGenerator.COMMUNITY];
        for (int s : new int[] { SampleGenerator.UNCLASSIFIED, 2, 1, 0 }) {
            long take = Math.min(missing, split[s]);
            split[s] -= take;
            split[SampleGenerator.COMMUNITY] += take;
            missing -= take;
        }
        if (missing > 0) {
            throw new IllegalStateException("a bulletin lists more community cases than the day has cases");
        }
    }

    /**
     * The day's community cases by commune: where a bulletin lists them, its communes and districts get exactly
     * its counts and only the rest is spread (within a listed district over its other communes, the province's
     * remainder over the districts it does not list), by the synthetic weights.
     */
    long[] community(LocalDate date, long cases, double[] weights) {
        List<ProvincialBulletins.DistrictCount> listed = bulletins.districtCounts(date);
        if (listed.isEmpty()) {
            return Allocation.noisy(cases, weights, 0.6, random);
        }
        long[] parts = new long[communes.size()];
        Map<String, Long> named = bulletins.communeCounts(date);
        long remainder = cases;
        java.util.Set<String> listedDistricts = new java.util.HashSet<>();
        for (ProvincialBulletins.DistrictCount district : listed) {
            listedDistricts.add(district.district());
            double[] within = new double[communes.size()];
            long rest = district.cases();
            int namedHere = 0;
            for (int c = 0; c < communes.size(); c++) {
                Commune commune = communes.get(c);
                if (!commune.district().equals(district.district())) {
                    continue;
                }
                Long n = named.get(commune.code());
                if (n != null) {
                    parts[c] = n;
                    rest -= n;
                    namedHere++;
                }
                else {
                    within[c] = weights[c];
                }
            }
            if (rest < 0) {
                throw new IllegalStateException("the communes listed for " + district.asWritten() + " on " + date
                        + " exceed its count");
            }
            add(parts, Allocation.noisy(rest, within, 0.6, random));
            remainder -= district.cases();
            districtProvenance.add(new String[] { date.toString(), district.district(), district.asWritten(),
                String.valueOf(district.cases()), String.valueOf(namedHere), district.listedBy(), "bulletin", district.url() });
        }
        double[] others = new double[communes.size()];
        for (int c = 0; c < communes.size(); c++) {
            others[c] = listedDistricts.contains(communes.get(c).district()) ? 0 : weights[c];
        }
        long[] spread = Allocation.noisy(remainder, others, 0.6, random);
        add(parts, spread);
        for (SampleReference.District d : districts) {
            if (!listedDistricts.contains(d.code())) {
                long sum = 0;
                for (int c = 0; c < communes.size(); c++) {
                    sum += communes.get(c).district().equals(d.code()) ? spread[c] : 0;
                }
                districtProvenance.add(new String[] { date.toString(), d.code(), "", String.valueOf(sum), "0", "",
                    "synthetic: the province's remainder", "" });
            }
        }
        return parts;
    }

    private static void add(long[] into, long[] parts) {
        for (int i = 0; i < into.length; i++) {
            into[i] += parts[i];
        }
    }

}
