package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonth;
import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.briefing.compose.BriefingPage.Header;
import vn.covid.briefing.briefing.compose.BriefingPage.Metadata;
import vn.covid.briefing.briefing.compose.BriefingPage.Title;
import vn.covid.briefing.indicators.ReportStatus;
import vn.covid.briefing.indicators.UnitWeek;

/**
 * The document's head as HD 36-HD/VPTW sets it (issuing bodies, number, place and date, title,
 * subject, period) and the notices a reader must see before anything else: that the week is
 * provisional, naming the reports still missing, and which edition this is and what it replaces.
 */
final class HeadingSection {

    private HeadingSection() {
    }

    static Header header(BriefingInputs in, Words w) {
        return new Header(w.text("header.superior"), w.text("header.issuer"), w.text("header.party"),
                w.phrase("header.number", "reference", reference(in, w)),
                w.text("header.place") + ", " + VietnameseFormat.longDate(in.date()));
    }

    /** "45-BC/BCSĐ": the document's number with its type and issuer code, as the annex cites it. */
    static String reference(BriefingInputs in, Words w) {
        return w.phrase("header.reference", "number", documentNumber(w, in.date(), in.settings().days()));
    }

    /**
     * 45 on the anchor date, one more per report week; a date fixed in texts.yml keeps its number. A profile
     * that has not yet given its anchor gets a blank, wide enough for the office to write the number in.
     */
    static String documentNumber(Words w, LocalDate date, int days) {
        String fixed = w.texts().map("numbering.fixed").get(date.toString());
        if (fixed != null) {
            return fixed;
        }
        if (w.text("numbering.anchor-date").isBlank() || w.text("numbering.anchor-number").isBlank()) {
            return "\u00a0".repeat(8);
        }
        LocalDate anchor = LocalDate.parse(w.text("numbering.anchor-date"));
        long weeks = Math.floorDiv(ChronoUnit.DAYS.between(anchor, date), days);
        long n = Long.parseLong(w.text("numbering.anchor-number")) + weeks;
        return n < 10 && n >= 0 ? "0" + n : Long.toString(n);
    }

    static Title title(BriefingInputs in, Words w) {
        String subject = w.text(in.assessment().framework() == Framework.CONTROL ? "title.control" : "title.levels");
        return new Title(w.text("title.type"), List.of(subject.split("\\s*\\|\\s*")), period(in, w));
    }

    static String period(BriefingInputs in, Words w) {
        return w.phrase("title.period", "from", dayMonth(in.week().window().periodStart()), "to", dayMonthYear(in.date()));
    }

    static List<String> notices(BriefingInputs in, Words w) {
        List<String> out = new ArrayList<>();
        if (in.week().missingReports() > 0) {
            out.add(w.phrase("notices.provisional", "missing", missingReports(in, w)));
        }
        BriefingInputs.Edition e = in.edition();
        if (!e.first()) {
            List<String> reasons = e.reasons().stream().map(r -> w.text("notices.edition-reasons." + r)).toList();
            out.add(w.phrase("notices.edition", "edition", e.number(), "previous", e.previous(), "issued",
                    dayMonthYear(e.previousIssued().atZone(ZoneId.of(in.zone())).toLocalDate()), "reasons",
                    PlaceNames.join(reasons, w.text("words.and"))));
        }
        return out;
    }

    /** "huyện Tân Hồng (ngày 12/9, 13/9) và thành phố Sa Đéc (ngày 13/9)". */
    static String missingReports(BriefingInputs in, Words w) {
        Map<String, List<String>> byDistrict = new LinkedHashMap<>();
        for (UnitWeek d : in.week().districts()) {
            List<String> days = in.week().completenessOf(d.code()).stream().filter(ReportStatus::missing)
                .map(r -> dayMonth(r.day())).toList();
            if (!days.isEmpty()) {
                byDistrict.put(w.places().inText(d.name()), days);
            }
        }
        List<String> parts = new ArrayList<>();
        byDistrict.forEach((name, days) -> parts.add(w.phrase("notices.missing-days", "place", name, "days",
                String.join(", ", days))));
        return PlaceNames.join(parts, w.text("words.and"));
    }

    static Metadata metadata(BriefingInputs in, Words w, Header header, Title title) {
        boolean control = in.assessment().framework() == Framework.CONTROL;
        return new Metadata(title.documentType() + " " + header.number() + " " + title.period(),
                String.join(" ", title.subject()) + " " + title.period(),
                w.text("header.issuer") + ", " + w.text("header.superior"),
                w.phrase(control ? "title.keywords-control" : "title.keywords-levels", "place", w.text("header.place"),
                        "date", dayMonthYear(in.date())));
    }
}
