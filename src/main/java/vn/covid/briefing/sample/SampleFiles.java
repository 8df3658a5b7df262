package vn.covid.briefing.sample;

import static vn.covid.briefing.sample.SampleGenerator.FIRST;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.covid.briefing.ingest.Column;
import vn.covid.briefing.sample.SampleReference.Commune;
import vn.covid.briefing.sample.SampleReference.District;

/**
 * Writes the simulated sample into {@code input/}: each district's daily files in its own style, a few
 * deliberately flawed ones, the reference files and the provenance of every figure. The hand-transcribed
 * {@code reference/decisions.csv} is not written here: it is a transcription, not a simulation.
 */
final class SampleFiles {

    private final SampleReference reference;
    private final List<Commune> communes;
    private final long[][][] values;
    private final int days;
    private final Path realdata;
    private final List<String[]> provenance;
    private final List<String[]> districtProvenance;

    SampleFiles(SampleGenerator generator) {
        this.reference = generator.reference;
        this.communes = generator.communes;
        this.values = generator.values;
        this.days = generator.days;
        this.realdata = generator.realdata;
        this.provenance = generator.provenance;
        this.districtProvenance = generator.districtProvenance;
    }

    int write(SampleGenerator.Target target, String balances) throws IOException {
        Path reports = target.inbox().resolve("reports");
        Path folder = target.reference();
        if (Files.isDirectory(reports)) {
            try (Stream<Path> old = Files.walk(reports)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
        Files.createDirectories(target.units().getParent());
        Files.writeString(target.units(), reference.unitsCsv());
        Files.writeString(folder.resolve("figures.csv"), reference.figuresCsv());
        Files.writeString(folder.resolve("balances.csv"), balances);
        // the real district boundaries, unchanged, for the briefing's map
        Files.copy(realdata.resolve("dong_thap_districts.geojson"), folder.resolve("districts.geojson"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int files = 0;
        for (DistrictStyle style : DistrictStyle.DONG_THAP) {
            District district = reference.districts.stream().filter(x -> x.code().equals(style.district())).findFirst()
                .orElseThrow();
            for (int d = 0; d < days; d++) {
                LocalDate date = FIRST.plusDays(d);
                Path file = reports.resolve(style.fileName(date));
                Files.createDirectories(file.getParent());
                Files.write(file, render(style, district, date, d, List.of()));
                files++;
            }
        }
        files += writeFlawed(reports);
        write(folder.resolve("sample-provenance.csv"), provenance, "date", "cases", "cases_source", "ncsc_cases",
                "vnexpress_cases", "vncdc_cases_shifted", "deaths", "deaths_source", "split_source", "kind");
        write(folder.resolve("sample-district-provenance.csv"), districtProvenance, "date", "district_code",
                "district_as_written", "community_cases", "communes_named", "listed_by", "basis", "source");
        return files;
    }

    private byte[] render(DistrictStyle style, District district, LocalDate date, int d, List<Object[]> extraRows)
            throws IOException {
        List<Column> columns = new ArrayList<>(List.of(Column.REPORT_DATE, Column.UNIT_CODE, Column.UNIT_NAME));
        Column.METRICS.stream().filter(c -> !style.omitted().contains(c)).forEach(columns::add);
        if (style.district().equals("870")) {
            columns.add(0, columns.remove(columns.size() - 1)); // any column order is accepted
        }
        StringWriter out = new StringWriter();
        if (style.bom()) {
            out.write('\uFEFF');
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(style.delimiter())
            .setRecordSeparator("\r\n").get())) {
            csv.printRecord(columns.stream().map(c -> style.vietnamese() ? c.aliases().get(0) : c.canonical())
                .toList());
            List<Long[]> rows = new ArrayList<>();
            if (style.districtRowOnly()) {
                Long[] sum = new Long[Column.METRICS.size()];
                for (Column metric : Column.METRICS) {
                    long s = 0;
                    for (Commune c : district.communes()) {
                        s += values[metric.metricIndex()][communes.indexOf(c)][d];
                    }
                    sum[metric.metricIndex()] = s;
                }
                print(csv, style, columns, date, district.code(), district.name(), sum);
            }
            else {
                for (Commune c : district.communes()) {
                    Long[] v = new Long[Column.METRICS.size()];
                    for (Column metric : Column.METRICS) {
                        v[metric.metricIndex()] = values[metric.metricIndex()][communes.indexOf(c)][d];
                    }
                    rows.add(v);
                    print(csv, style, columns, date, c.code(), c.name(), v);
                }
            }
            for (Object[] extra : extraRows) {
                print(csv, style, columns, (LocalDate) extra[0], (String) extra[1], (String) extra[2], (Long[]) extra[3]);
            }
            if (style.totalsRow()) {
                Long[] sum = new Long[Column.METRICS.size()];
                for (Column metric : Column.METRICS) {
                    sum[metric.metricIndex()] = rows.stream().mapToLong(r -> r[metric.metricIndex()]).sum();
                }
                print(csv, style, columns, null, "", "Tổng cộng", sum);
            }
        }
        if (style.trailingBlankLines()) {
            out.write("\r\n\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(CSVPrinter csv, DistrictStyle style, List<Column> columns, LocalDate date, String code,
            String name, Long[] v) throws IOException {
        List<String> cells = new ArrayList<>();
        for (Column c : columns) {
            cells.add(switch (c) {
                case REPORT_DATE -> date == null ? "" : style.dates().format(date);
                case UNIT_CODE -> code;
                case UNIT_NAME -> style.oldToneMarks() ? ToneMarks.flip(name) : name;
                default -> number(v[c.metricIndex()], style.thousands());
            });
        }
        csv.printRecord(cells);
    }

    private static String number(Long v, boolean thousands) {
        if (v == null) {
            return "";
        }
        return thousands ? String.format(Locale.GERMANY, "%,d", v) : v.toString();
    }

    /** A few files as district offices really get them wrong; their good rows equal the day's real report. */
    private int writeFlawed(Path reports) throws IOException {
        DistrictStyle chauThanh = style("877");
        LocalDate resent = LocalDate.of(2021, 9, 10);
        int d = (int) ChronoUnit.DAYS.between(FIRST, resent);
        Long[] some = new Long[Column.METRICS.size()];
        for (Column metric : Column.METRICS) {
            some[metric.metricIndex()] = 1L;
        }
        List<Object[]> extra = List.of(
                new Object[] { resent, "26734", "Phường Tân Định", some },          // a unit of another province
                new Object[] { resent, "99999", "Xã Không Có", some },              // no such unit
                new Object[] { resent, "30235", "Xã Tân Hòa", some },               // a commune of Lai Vung
                new Object[] { resent.plusDays(1), "30253", "Xã Tân Nhuận Đông", some }); // the next day's figure
        Files.write(reports.resolve("877 Châu Thành/Báo cáo ngày 10-9 Châu Thành (gửi lại).csv"),
                render(chauThanh, district("877"), resent, d, extra));

        Files.write(reports.resolve("874 Thanh Bình/thanh-binh_2021-09-20 (Excel).xlsx"),
                new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0 });

        LocalDate old = LocalDate.of(2021, 9, 14);
        String withoutDeaths = new String(render(style("875"), district("875"), old,
                (int) ChronoUnit.DAYS.between(FIRST, old), List.of()), StandardCharsets.UTF_8)
            .replace("Tử vong,", "");
        Files.writeString(reports.resolve("875 Lấp Vò/Lấp Vò 14.09.2021 - bản cũ.csv"), withoutDeaths);

        LocalDate ansi = LocalDate.of(2021, 10, 5);
        String text = new String(render(style("872"), district("872"), ansi, (int) ChronoUnit.DAYS.between(FIRST, ansi),
                List.of()), StandardCharsets.UTF_8).replace("\uFEFF", "");
        Charset legacy = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1;
        Files.write(reports.resolve("872 Tháp Mười/thap-muoi-2021-10-05 (ANSI).csv"), text.getBytes(legacy));

        Files.write(reports.resolve("866 TP Cao Lãnh/2021-11-02 (trống).csv"), new byte[0]);
        return 5;
    }

    private DistrictStyle style(String code) {
        return DistrictStyle.DONG_THAP.stream().filter(s -> s.district().equals(code)).findFirst().orElseThrow();
    }

    private District district(String code) {
        return reference.districts.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    }

    private static void write(Path file, List<String[]> rows, String... header) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header)
            .get())) {
            for (String[] row : rows) {
                csv.printRecord((Object[]) row);
            }
        }
        Files.writeString(file, out.toString());
    }
}
