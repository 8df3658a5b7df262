package vn.covid.briefing.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.covid.briefing.reference.Names;

/**
 * {@code bin/briefing profile new --province 75}: a starter profile for a province from the real data, made
 * the same way for every province, so that its office only fills in what no public source has. It writes
 * {@code profile.yml} (the scope), {@code texts.yml} (issuing bodies, place, the province's words, from its
 * units' types; no signer, no number), {@code reference/figures.csv} (census populations and marked estimates)
 * and {@code CHECKLIST.md} (what the office must still fill in). An existing folder is never touched.
 */
public final class StarterProfile {

    /**
     * The share of the population aged 18 and over, from national figures: NCSC counted 64.699.391 people
     * with at least one dose on 16/11/2021 (realdata/ncsc_national_vaccination_daily.csv, once + twice),
     * which the Ministry's portal put at 88% of the 18+ (thanhnien.vn, 16/11/2021): 73,5 million, 76,4% of
     * the 2019 census's 96.208.984. No province's own figure.
     */
    static final double SHARE_18PLUS = 0.764;
    static final double SHARE_65PLUS = 0.077;
    static final double PERSONS_PER_HOUSEHOLD = 3.5;
    static final double ICU_BEDS_PER_100K = 5.0;

    /** What was made, to say so. */
    public record Made(Path folder, ProvinceUnits units, CensusPopulation.Report population) {
    }

    private StarterProfile() {
    }

    /** "dong-nai", "ho-chi-minh", "ba-ria-vung-tau": the province's name folded, as a folder name. */
    public static String id(ProvinceUnits p) {
        return Names.fold(p.bareName()).replace(' ', '-');
    }

    public static Made write(Path realdata, String provinceCode, Path folder) throws IOException {
        if (Files.exists(folder)) {
            throw new IllegalStateException(folder + " already exists: a profile is never overwritten (it holds the "
                    + "office's edits); remove it, or give another --id");
        }
        ProvinceUnits units = ProvinceUnits.read(realdata, provinceCode);
        CensusPopulation.Report population = new CensusPopulation(realdata).of(units);
        ProvinceWords words = ProvinceWords.of(units);
        Path reference = Files.createDirectories(folder.resolve("reference"));
        Files.createDirectories(folder.resolve("notes"));
        write(folder.resolve("profile.yml"), profileYml(units));
        write(folder.resolve("texts.yml"), textsYml(units, words));
        write(reference.resolve("figures.csv"), ProvinceFigures.csv(population.province(), 2019, estimates(population)));
        write(folder.resolve("CHECKLIST.md"), StarterChecklist.markdown(units, words, population));
        return new Made(folder, units, population);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static List<ProvinceFigures.Estimate> estimates(CensusPopulation.Report report) {
        long p = report.province().population();
        long icu = Math.round(p * ICU_BEDS_PER_100K / 100_000);
        return List.of(
                new ProvinceFigures.Estimate("population_18plus", Math.round(p * SHARE_18PLUS), 2019,
                        "estimate: 76.4% of the 2019 census population, the national share aged 18+ (NCSC's 64.7 million "
                                + "people with a first dose on 16/11/2021 were 88% of the 18+); replace with the province's "
                                + "own figure (profile.yml briefing.week.population18plus)",
                        "estimate: the province's 18+ estimate split by 2019 population share", true, true),
                new ProvinceFigures.Estimate("population_65plus", Math.round(p * SHARE_65PLUS), 2019,
                        "estimate: 7.7% (national share aged 65+, census 2019) of the 2019 population",
                        "estimate: the province's 65+ estimate split by 2019 population share", true, true),
                new ProvinceFigures.Estimate("households", Math.round(p / PERSONS_PER_HOUSEHOLD), 2019,
                        "estimate: population / 3.5 persons per household (national average, census 2019)",
                        "estimate: population / 3.5 persons per household (national average, census 2019)", true, true),
                new ProvinceFigures.Estimate("icu_beds", icu, 2021,
                        "estimate: 5 ICU beds per 100,000 population (no published figure found; replace with Sở Y tế's)",
                        "estimate: the province's ICU estimate split by 2019 population share", true, false));
    }

    private static String profileYml(ProvinceUnits p) {
        return """
                # %s (%s): the settings of this province, over the neutral defaults of the application
                # (src/main/resources/application.yml). Made by `bin/briefing profile new --province %s`;
                # CHECKLIST.md says what the office must still fill in.
                briefing:
                  scope: "%s"
                  # The province's own 18+ (and 12-17) population, each from the day it was published, with its
                  # source. Until one is given, coverage is divided by the estimate in reference/figures.csv
                  # (census 2019 x 76,4%%), and every run says so. Coverage targets likewise, once set:
                  # week:
                  #   population18plus:
                  #     - { from: 2021-10-31, known: 2021-10-31, total: 1234567, source: "Cục Thống kê, …" }
                  #   targets:
                  #     first-dose18plus: { share: 1.0, by: 2021-12-31, known: 2021-09-22, source: "Kế hoạch số …" }
                """.formatted(p.name(), p.code(), p.code(), p.code());
    }

    private static String textsYml(ProvinceUnits p, ProvinceWords w) {
        return """
                # %s's own wording, read over templates/texts.yml key by key: UTF-8, keep the {placeholders},
                # put "quotes" around every text. Made from the province's units by `bin/briefing profile new`;
                # check each line (CHECKLIST.md). A text that takes effect from a report date on goes under
                # from-date at the end, e.g. the instruction each report answers.

                # the province's words, which the shared texts name as {{province}}, {{districts}}, …
                nouns:
                  province: "%s"
                  party-committee: "%s"
                  issuer: "%s"
                  districts: "%s"
                  communes: "%s"

                header:
                  superior: "%s"
                  issuer: "%s"
                  reference: "{number}-BC/BCSĐ"
                  place: "%s"

                # The number of a report date: anchor-number on anchor-date (a report date), one more each week.
                # Until the office gives its last report's number and date, the number is left blank to be written in.
                numbering:
                  anchor-date: ""
                  anchor-number: ""
                  fixed: {}

                # Who signs. Until the name is given, the briefing leaves it blank and every run says so.
                signature:
                  on-behalf: "T/M BAN CÁN SỰ ĐẢNG"
                  title: "BÍ THƯ"
                  name: ""

                recipients:
                  - "Ban Thường vụ %s (b/c)"
                  - "Thường trực Hội đồng nhân dân %s"
                  - "Ban Chỉ đạo phòng, chống dịch Covid-19 %s"
                  - "Các sở, ban, ngành %s"
                  - "Ủy ban nhân dân các %s"
                  - "Lưu Văn phòng Ban cán sự đảng"

                # from-date:
                #   "2021-09-22":
                #     opening:
                #       instruction: "Thực hiện Kết luận số …"
                """.formatted(p.name(), w.province(), w.partyCommittee(), w.issuer(), w.districts(), w.communes(),
                w.superior(), w.issuerHeader(), w.place(), w.partyCommittee(), w.province(), w.province(), w.province(),
                w.districts());
    }

    /** Vietnamese number: "3.097.107". */
    static String number(long n) {
        return String.format(Locale.GERMANY, "%,d", n);
    }
}
