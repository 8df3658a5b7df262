package vn.covid.briefing.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.CsvFiles;

/** The shipped reference files: the whole country's units (in the application), Đồng Tháp's figures with their sources (its profile). */
class ReferenceDataTests {

    private static final Path REFERENCE = Briefing.SAMPLE_REFERENCE;
    private static final Path UNITS = Briefing.PROJECT.resolve("src/main/resources/reference/units.csv");

    @Test
    void unitsHoldTheWholeCountryOf2021() throws IOException {
        Map<String, Long> byLevel = CsvFiles.read(UNITS).stream()
            .collect(Collectors.groupingBy(r -> r.get("level"), Collectors.counting()));
        assertThat(byLevel).containsEntry("COUNTRY", 1L).containsEntry("PROVINCE", 63L).containsEntry("DISTRICT", 705L);
        assertThat(byLevel.get("COMMUNE")).isBetween(10_500L, 10_700L);
        List<CSVRecord> dongThap = CsvFiles.read(UNITS).stream().filter(r -> r.get("parent_code").equals("87")).toList();
        assertThat(dongThap).hasSize(12);
    }

    @Test
    void dongThapsDistrictPopulationsAddUpToTheCensusTotal() throws IOException {
        List<CSVRecord> figures = CsvFiles.read(REFERENCE.resolve("figures.csv"));
        List<String> districts = CsvFiles.read(UNITS).stream().filter(r -> r.get("parent_code").equals("87"))
            .map(r -> r.get("code")).toList();
        long sum = figures.stream()
            .filter(f -> f.get("figure").equals("population") && districts.contains(f.get("unit_code")))
            .mapToLong(f -> Long.parseLong(f.get("value"))).sum();
        assertThat(sum).isEqualTo(1_599_504L);
    }

    @Test
    void everyFigureNamesItsSourceAndEveryEstimateSaysSo() throws IOException {
        for (CSVRecord f : CsvFiles.read(REFERENCE.resolve("figures.csv"))) {
            assertThat(f.get("source")).as(f.toString()).isNotBlank();
            if (f.get("source").startsWith("estimate")) {
                assertThat(f.get("estimated")).as(f.toString()).isEqualTo("true");
            }
        }
        assertThat(CsvFiles.read(REFERENCE.resolve("figures.csv")).stream().map(f -> f.get("figure")).distinct())
            .contains("population", "population_18plus", "population_65plus", "households", "icu_beds");
    }
}
