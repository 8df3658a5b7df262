package vn.covid.briefing.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.covid.briefing.support.Briefing;

/** The shipped reference files: the whole country's units, Đồng Tháp's figures with their sources. */
class ReferenceDataTests {

    private static final Path REFERENCE = Briefing.PROJECT.resolve("input/reference");

    @Test
    void unitsHoldTheWholeCountryOf2021() throws IOException {
        Map<String, Long> byLevel = read("units.csv").stream()
            .collect(Collectors.groupingBy(r -> r.get("level"), Collectors.counting()));
        assertThat(byLevel).containsEntry("COUNTRY", 1L).containsEntry("PROVINCE", 63L).containsEntry("DISTRICT", 705L);
        assertThat(byLevel.get("COMMUNE")).isBetween(10_500L, 10_700L);
        List<CSVRecord> dongThap = read("units.csv").stream().filter(r -> r.get("parent_code").equals("87")).toList();
        assertThat(dongThap).hasSize(12);
    }

    @Test
    void dongThapsDistrictPopulationsAddUpToTheCensusTotal() throws IOException {
        List<CSVRecord> figures = read("figures.csv");
        List<String> districts = read("units.csv").stream().filter(r -> r.get("parent_code").equals("87"))
            .map(r -> r.get("code")).toList();
        long sum = figures.stream()
            .filter(f -> f.get("figure").equals("population") && districts.contains(f.get("unit_code")))
            .mapToLong(f -> Long.parseLong(f.get("value"))).sum();
        assertThat(sum).isEqualTo(1_599_504L);
    }

    @Test
    void everyFigureNamesItsSourceAndEveryEstimateSaysSo() throws IOException {
        for (CSVRecord f : read("figures.csv")) {
            assertThat(f.get("source")).as(f.toString()).isNotBlank();
            if (f.get("source").startsWith("estimate")) {
                assertThat(f.get("estimated")).as(f.toString()).isEqualTo("true");
            }
        }
        assertThat(read("figures.csv").stream().map(f -> f.get("figure")).distinct())
            .contains("population", "population_18plus", "population_65plus", "households", "icu_beds");
    }

    private static List<CSVRecord> read(String name) throws IOException {
        try (Reader in = Files.newBufferedReader(REFERENCE.resolve(name))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
