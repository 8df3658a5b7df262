package vn.covid.briefing.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.Names;

/**
 * The input contract: every column a district report may carry, its canonical (English) name and the
 * Vietnamese and English headers accepted for it. Headers are compared folded (no tone marks, no case,
 * no punctuation, remarks in parentheses ignored), so "Ca cộng đồng (ca)" matches "ca cong dong".
 * Besides the date and the unit, each column is one {@link Metric}.
 */
public enum Column {

    REPORT_DATE("report_date", "Ngày báo cáo", "ngày", "date", "report date"),
    UNIT_CODE("unit_code", "Mã xã", "mã đơn vị", "mã", "mã huyện", "code", "gso code", "mã gso"),
    UNIT_NAME("unit_name", "Tên xã", "tên đơn vị", "đơn vị", "xã phường thị trấn", "tên", "unit", "name"),
    CASES_ARRIVAL(Metric.CASES_ARRIVAL, "Ca về từ vùng dịch", "về từ vùng dịch", "ca từ vùng dịch về", "arrivals"),
    CASES_QUARANTINE(Metric.CASES_QUARANTINE, "Ca trong khu cách ly", "ca cách ly", "ca trong cơ sở cách ly",
            "cách ly", "quarantine"),
    CASES_LOCKDOWN(Metric.CASES_LOCKDOWN, "Ca trong khu phong tỏa", "ca phong tỏa", "phong tỏa", "lockdown"),
    CASES_COMMUNITY(Metric.CASES_COMMUNITY, "Ca cộng đồng", "ca trong cộng đồng", "cộng đồng", "community"),
    DEATHS(Metric.DEATHS, "Tử vong", "ca tử vong", "số ca tử vong"),
    RECOVERED(Metric.RECOVERED, "Xuất viện", "khỏi bệnh", "hoàn thành điều trị", "discharged"),
    UNDER_TREATMENT(Metric.UNDER_TREATMENT, "Đang điều trị", "số đang điều trị"),
    SEVERE(Metric.SEVERE, "Ca nặng", "nặng và rất nặng", "ca nặng và rất nặng"),
    ICU_IN_USE(Metric.ICU_IN_USE, "Giường ICU đang sử dụng", "icu đang sử dụng", "hồi sức tích cực", "icu"),
    PCR_TESTS(Metric.PCR_TESTS, "Xét nghiệm RT-PCR", "số mẫu rt pcr", "rt pcr", "mẫu rt pcr"),
    PCR_POSITIVE(Metric.PCR_POSITIVE, "RT-PCR dương tính", "dương tính rt pcr"),
    RAPID_TESTS(Metric.RAPID_TESTS, "Test nhanh", "test nhanh kháng nguyên", "xét nghiệm nhanh"),
    RAPID_POSITIVE(Metric.RAPID_POSITIVE, "Test nhanh dương tính", "dương tính test nhanh"),
    // sampling visits ("lượt hộ"): a household sampled twice counts twice, so no coverage is computed from it
    HOUSEHOLDS_SAMPLED(Metric.HOUSEHOLDS_SAMPLED, "Lượt hộ được lấy mẫu", "lượt hộ lấy mẫu", "hộ được lấy mẫu",
            "số hộ lấy mẫu", "hộ gia đình được lấy mẫu", "hộ lấy mẫu", "household visits"),
    DOSE1(Metric.DOSE1, "Mũi 1", "tiêm mũi 1", "dose 1"),
    DOSE2(Metric.DOSE2, "Mũi 2", "tiêm mũi 2", "dose 2"),
    BOOSTER(Metric.BOOSTER, "Mũi nhắc lại", "mũi 3", "nhắc lại", "booster dose"),
    NEW_CLUSTERS(Metric.NEW_CLUSTERS, "Ổ dịch mới", "chùm ca bệnh mới", "clusters"),
    CASES_UNCLASSIFIED(Metric.CASES_UNCLASSIFIED, "Ca chưa rõ nguồn lây", "chưa rõ nguồn lây", "ca đang điều tra",
            "đang điều tra dịch tễ", "ca chưa phân loại", "unclassified", "cases under investigation"),
    ICU_BEDS(Metric.ICU_BEDS, "Giường ICU hiện có", "số giường ICU", "giường hồi sức tích cực hiện có", "icu beds",
            "icu beds available"),
    HOUSEHOLDS_FIRST_SAMPLED(Metric.HOUSEHOLDS_FIRST_SAMPLED, "Hộ lấy mẫu lần đầu", "hộ được lấy mẫu lần đầu",
            "số hộ lấy mẫu lần đầu", "households sampled first time"),
    // no parentheses in these aliases: remarks in parentheses are ignored, so "Mũi 1 (12-17 tuổi)" reads as "Mũi 1"
    DOSE1_12_17(Metric.DOSE1_12_17, "Mũi 1 12-17 tuổi", "mũi 1 trẻ 12-17 tuổi", "tiêm mũi 1 từ 12 đến 17 tuổi",
            "dose 1 aged 12-17"),
    DOSE2_12_17(Metric.DOSE2_12_17, "Mũi 2 12-17 tuổi", "mũi 2 trẻ 12-17 tuổi", "tiêm mũi 2 từ 12 đến 17 tuổi",
            "dose 2 aged 12-17"),
    HOME_TREATMENT(Metric.HOME_TREATMENT, "F0 điều trị tại nhà", "điều trị tại nhà", "cách ly điều trị tại nhà",
            "home treatment", "treated at home"),
    OXYGEN(Metric.OXYGEN, "Ca thở oxy", "đang thở oxy", "bệnh nhân thở oxy", "hỗ trợ hô hấp", "oxygen", "on oxygen");

    /** Columns a file must have; a unit column (code or name) is required too. */
    public static final List<Column> REQUIRED = List.of(REPORT_DATE, CASES_ARRIVAL, CASES_QUARANTINE, CASES_LOCKDOWN,
            CASES_COMMUNITY, DEATHS);

    /** The columns that carry a metric. */
    public static final List<Column> METRICS = Arrays.stream(values()).filter(c -> c.metric != null).toList();

    private static final Map<String, Column> BY_FOLDED_HEADER = Arrays.stream(values())
        .flatMap(c -> c.headers().map(h -> Map.entry(Names.fold(h), c)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> {
            if (a != b) {
                throw new IllegalStateException("a header alias names both " + a + " and " + b);
            }
            return a;
        }));

    private final Metric metric;
    private final String canonical;
    private final List<String> aliases;

    Column(Metric metric, String... aliases) {
        this.metric = metric;
        this.canonical = metric.key();
        this.aliases = List.of(aliases);
    }

    Column(String canonical, String... aliases) {
        this.metric = null;
        this.canonical = canonical;
        this.aliases = List.of(aliases);
    }

    /** The metric this column carries, or null for the date and unit columns. */
    public Metric metric() {
        return metric;
    }

    /** The English header (for a metric, its key and database column). */
    public String canonical() {
        return canonical;
    }

    /** Position in a fact's values: the metric's place in storage order. */
    public int metricIndex() {
        return metric.ordinal();
    }

    /** The column that carries a metric. */
    public static Column of(Metric metric) {
        return BY_METRIC.get(metric);
    }

    public List<String> aliases() {
        return aliases;
    }

    private Stream<String> headers() {
        return Stream.concat(Stream.of(canonical), aliases.stream());
    }

    public static Optional<Column> forHeader(String header) {
        return HEADERS.get(header);
    }

    /** Every file repeats its header: a name is folded and looked up once (a bound, for hostile inboxes). */
    private static final org.springframework.util.ConcurrentLruCache<String, Optional<Column>> HEADERS =
            new org.springframework.util.ConcurrentLruCache<>(1_000,
                    header -> Optional.ofNullable(BY_FOLDED_HEADER.get(Names.fold(header))));

    private static final Map<Metric, Column> BY_METRIC = METRICS.stream()
        .collect(Collectors.toMap(Column::metric, c -> c, (a, b) -> a, () -> new java.util.EnumMap<>(Metric.class)));
}
