package vn.covid.briefing.profile;

import static vn.covid.briefing.profile.StarterProfile.number;

import java.util.List;

/** The CHECKLIST.md of a starter profile: what no public source gave, for the office to fill in or confirm. */
final class StarterChecklist {

    private StarterChecklist() {
    }

    static String markdown(ProvinceUnits p, ProvinceWords w, CensusPopulation.Report population) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(p.name()).append(" (").append(p.code()).append("): what the office must still fill in\n\n")
            .append("Made by `bin/briefing profile new --province ").append(p.code()).append("` from the real data. ")
            .append("Each item says where it goes; tick it when done. Until the first three are done every run ")
            .append("says so in one line, and the briefing leaves the signer and the number blank.\n\n");
        out.append("""
                - [ ] **Signer**: `texts.yml` `signature.name` (and `on-behalf`, `title` if the issuing body is not \
                the Ban cán sự đảng UBND). A later signer goes under `from-date`.
                - [ ] **Number of the office's last report**: `texts.yml` `numbering.anchor-date` (its report date) \
                and `anchor-number`; each later week is one more. A number fixed for a date: `numbering.fixed`.
                - [ ] **The 18+ population from the province's own statistics**: `profile.yml` \
                `briefing.week.population18plus` (from, known, total, source). Until then coverage is divided by \
                `reference/figures.csv`'s `population_18plus`, an estimate (census 2019 × 76,4%, the national share).
                - [ ] **Header and place**: `texts.yml` `header` (superior, issuer, the number's form \
                `{number}-BC/BCSĐ`, place), as the office's own documents write them.
                - [ ] **Recipients**: `texts.yml` `recipients` (the last line is the office's "Lưu …").
                - [ ] **The instruction each report answers**: `texts.yml` `opening.instruction`, under `from-date` \
                from the day it was issued.
                - [ ] **Decisions** (distancing regimes, epidemic levels), each with its source: \
                `reference/decisions.csv` (README, "Reference data").
                - [ ] **Targets** (households sampled, first and full dose), each from the day it was set: \
                `profile.yml` `briefing.week.targets`.
                - [ ] **Estimates to replace when the Sở Y tế or the Cục Thống kê has the figure**: \
                `reference/figures.csv` rows marked `estimated=true` (18+, 65+, households, ICU beds).
                - [ ] **Opening balances** (cumulative figures before the first report), optional: \
                `reference/balances.csv`.
                - [ ] **District boundaries**, optional: `reference/districts.geojson` of this province's districts \
                (every feature's `district_code` one of them, every one drawn); without it the briefing has no map.
                - [ ] **The districts' daily reports**: into the inbox (`input/reports/…`), in the input contract \
                (README, "The input contract").

                """);
        out.append("## Units and populations (GSO list of 2021, census 1/4/2019)\n\n")
            .append("The province's words: \"").append(w.province()).append("\", party committee \"")
            .append(w.partyCommittee()).append("\", districts \"").append(w.districts()).append("\", communes \"")
            .append(w.communes()).append("\".\n\n")
            .append("| code | district | type | communes | population |\n|---|---|---|---:|---:|\n");
        for (UnitPopulation d : population.province().parts()) {
            ProvinceUnits.District unit = p.districts().stream().filter(x -> x.code().equals(d.code())).findFirst()
                .orElseThrow();
            out.append("| ").append(d.code()).append(" | ").append(d.name()).append(" | ").append(unit.type()).append(" | ")
                .append(unit.communes().size()).append(" | ").append(number(d.population())).append(" |\n");
        }
        out.append("\nProvince: ").append(number(population.province().population())).append(population.sumsToTheCensus()
                ? " people, equal to the census total of its communes."
                : " people, but the census rows of the province sum to " + number(population.censusTotal())
                        + ": the difference is in census rows that could not be placed in a 2021 district (below).")
            .append(" Of ").append(population.communes()).append(" communes, ").append(population.matchedInDistrict())
            .append(" were matched to the census by name within their district, ").append(population.matchedInProvince())
            .append(" within the province.\n");
        list(out, "Communes whose population is an estimate (the census population of their district's unmatched "
                + "census rows, split equally): check them", population.estimated());
        list(out, "Communes without any population figure (no census row left in their district): give theirs in "
                + "`reference/figures.csv`", population.missing());
        list(out, "Census rows placed in no 2021 district", population.censusRowsLeft());
        return out.toString();
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("\n").append(title).append(":\n\n");
        items.forEach(i -> out.append("- ").append(i).append('\n'));
    }
}
