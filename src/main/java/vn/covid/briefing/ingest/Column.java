package vn.covid.briefing.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.covid.briefing.reference.Names;

/**
 * The input contract: every column a district report may carry, its canonical (English) name and the
 * Vietnamese and English headers accepted for it. Headers are compared folded (no tone marks, no case,
 * no punctuation, remarks in parentheses ignored), so "Ca cộng đồng (ca)" matches "ca cong dong".
 * The metric columns are stored in this order in {@code daily_fact}.
 */
public enum Column {

    REPORT_DATE(false, "report_date", "Ngày báo cáo", "ngày", "date", "report date"),
    UNIT_CODE(false, "unit_code", "Mã xã", "mã đơn vị", "mã", "mã huyện", "code", "gso code", "mã gso"),
    UNIT_NAME(false, "unit_name", "Tên xã", "tên đơn vị", "đơn vị", "xã phường thị trấn", "tên", "unit", "name"),
    CASES_ARRIVAL(true, "cases_arrival", "Ca về từ vùng dịch", "về từ vùng dịch", "ca từ vùng dịch về", "arrivals"),
    CASES_QUARANTINE(true, "cases_quarantine", "Ca trong khu cách ly", "ca cách ly", "ca trong cơ sở cách ly",
            "cách ly", "quarantine"),
    CASES_LOCKDOWN(true, "cases_lockdown", "Ca trong khu phong tỏa", "ca phong tỏa", "phong tỏa", "lockdown"),
    CASES_COMMUNITY(true, "cases_community", "Ca cộng đồng", "ca trong cộng đồng", "cộng đồng", "community"),
    DEATHS(true, "deaths", "Tử vong", "ca tử vong", "số ca tử vong"),
    RECOVERED(true, "recovered", "Xuất viện", "khỏi bệnh", "hoàn thành điều trị", "discharged"),
    UNDER_TREATMENT(true, "under_treatment", "Đang điều trị", "số đang điều trị"),
    SEVERE(true, "severe", "Ca nặng", "nặng và rất nặng", "ca nặng và rất nặng"),
    ICU_IN_USE(true, "icu_in_use", "Giường ICU đang sử dụng", "icu đang sử dụng", "hồi sức tích cực", "icu"),
    PCR_TESTS(true, "pcr_tests", "Xét nghiệm RT-PCR", "số mẫu rt pcr", "rt pcr", "mẫu rt pcr"),
    PCR_POSITIVE(true, "pcr_positive", "RT-PCR dương tính", "dương tính rt pcr"),
    RAPID_TESTS(true, "rapid_tests", "Test nhanh", "test nhanh kháng nguyên", "xét nghiệm nhanh"),
    RAPID_POSITIVE(true, "rapid_positive", "Test nhanh dương tính", "dương tính test nhanh"),
    HOUSEHOLDS_SAMPLED(true, "households_sampled", "Hộ được lấy mẫu", "số hộ lấy mẫu", "hộ gia đình được lấy mẫu",
            "hộ lấy mẫu"),
    DOSE1(true, "dose1", "Mũi 1", "tiêm mũi 1", "dose 1"),
    DOSE2(true, "dose2", "Mũi 2", "tiêm mũi 2", "dose 2"),
    BOOSTER(true, "booster", "Mũi nhắc lại", "mũi 3", "nhắc lại", "booster dose"),
    NEW_CLUSTERS(true, "new_clusters", "Ổ dịch mới", "chùm ca bệnh mới", "clusters");

    /** Columns a file must have; a unit column (code or name) is required too. */
    public static final List<Column> REQUIRED = List.of(REPORT_DATE, CASES_ARRIVAL, CASES_QUARANTINE, CASES_LOCKDOWN,
            CASES_COMMUNITY, DEATHS);

    public static final List<Column> METRICS = Arrays.stream(values()).filter(c -> c.metric).toList();

    private static final Map<String, Column> BY_FOLDED_HEADER = Arrays.stream(values())
        .flatMap(c -> c.headers().map(h -> Map.entry(Names.fold(h), c)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> {
            if (a != b) {
                throw new IllegalStateException("a header alias names both " + a + " and " + b);
            }
            return a;
        }));

    private final boolean metric;
    private final String canonical;
    private final List<String> aliases;

    Column(boolean metric, String canonical, String... aliases) {
        this.metric = metric;
        this.canonical = canonical;
        this.aliases = List.of(aliases);
    }

    public boolean isMetric() {
        return metric;
    }

    /** The English header and the database column name. */
    public String canonical() {
        return canonical;
    }

    /** Index among the metric columns (the position in a fact's value array). */
    public int metricIndex() {
        return METRICS.indexOf(this);
    }

    public List<String> aliases() {
        return aliases;
    }

    private Stream<String> headers() {
        return Stream.concat(Stream.of(canonical), aliases.stream());
    }

    public static Optional<Column> forHeader(String header) {
        return Optional.ofNullable(BY_FOLDED_HEADER.get(Names.fold(header)));
    }

    static String sqlColumnList() {
        return METRICS.stream().map(Column::canonical).collect(Collectors.joining(", "));
    }
}
