package vn.covid.briefing.profile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.covid.briefing.system.Allocation;

/**
 * A province's {@code reference/figures.csv}: the population of the province, its districts and communes,
 * then each figure no public source gives for the units (18+, 65+, households, ICU beds), estimated for the
 * province by a stated rule and split to its districts (and communes) by population share, every such row
 * marked {@code estimated=true} with its rule as its source.
 */
public final class ProvinceFigures {

    /**
     * A figure estimated for the province and split down by population share.
     *
     * @param estimated whether the province's own row is an estimate (its split always is)
     * @param toCommunes false: split to the districts only (ICU beds are in district hospitals)
     */
    public record Estimate(String figure, long total, int year, String source, String splitSource, boolean estimated,
            boolean toCommunes) {
    }

    private ProvinceFigures() {
    }

    /** @param year the year of the population figures (the census's) */
    public static String csv(UnitPopulation province, int year, List<Estimate> estimates) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
            .setHeader("unit_code", "figure", "value", "year", "source", "estimated").setRecordSeparator('\n').get())) {
            population(csv, province, year);
            for (UnitPopulation d : province.parts()) {
                population(csv, d, year);
            }
            for (UnitPopulation d : province.parts()) {
                for (UnitPopulation c : d.parts()) {
                    population(csv, c, year);
                }
            }
            for (Estimate e : estimates) {
                split(csv, province, e);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void population(CSVPrinter csv, UnitPopulation u, int year) throws IOException {
        if (u.population() != null) {
            csv.printRecord(u.code(), "population", u.population(), year, u.source(), u.estimated());
        }
    }

    private static void split(CSVPrinter csv, UnitPopulation province, Estimate e) throws IOException {
        csv.printRecord(province.code(), e.figure(), e.total(), e.year(), e.source(), e.estimated());
        List<UnitPopulation> districts = province.parts();
        long[] byDistrict = Allocation.proportional(e.total(), districts.stream().mapToDouble(UnitPopulation::weight).toArray());
        for (int i = 0; i < districts.size(); i++) {
            UnitPopulation d = districts.get(i);
            csv.printRecord(d.code(), e.figure(), byDistrict[i], e.year(), e.splitSource(), true);
            List<UnitPopulation> communes = d.parts().stream().filter(c -> c.population() != null).toList();
            if (!e.toCommunes() || communes.isEmpty()) {
                continue;
            }
            long[] byCommune = Allocation.proportional(byDistrict[i], communes.stream().mapToDouble(UnitPopulation::weight)
                .toArray());
            for (int j = 0; j < communes.size(); j++) {
                csv.printRecord(communes.get(j).code(), e.figure(), byCommune[j], e.year(), e.splitSource(), true);
            }
        }
    }
}
