package vn.covid.briefing.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import vn.covid.briefing.indicators.ReportStatus.Timeliness;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.SampleDatabase;

/**
 * A district's reports of one week, arriving on time (before 08:00 after the day), late, from an archive
 * long after, or not at all: each day gets its status from when its file landed in the inbox; a file first
 * seen long after its deadline by a system that was not yet watching is not judged.
 */
class CompletenessIntegrationTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path temp;

    @Test
    void eachDayIsOnTimeLateBackloadedMissingOrNotJudged() throws IOException {
        Path inbox = Briefing.emptyInbox(temp);
        for (int day = 7; day <= 13; day++) {
            if (day == 9) {
                continue; // never sent
            }
            Path file = inbox.resolve("Châu Thành %02d-9.csv".formatted(day));
            Files.writeString(file, "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths\n"
                    + "2021-09-%02d,30244,0,1,0,2,0\n".formatted(day));
            ZonedDateTime landed = switch (day) {
                case 7 -> ZonedDateTime.of(2021, 9, 7, 19, 30, 0, 0, VIETNAM);  // the same evening
                case 8 -> ZonedDateTime.of(2021, 9, 9, 10, 0, 0, 0, VIETNAM);   // after 08:00 the next day
                default -> ZonedDateTime.of(2022, 3, 1, 9, 0, 0, 0, VIETNAM);   // months later, from an archive
            };
            Files.setLastModifiedTime(file, FileTime.from(landed.toInstant()));
        }
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), Database.H2.freshUrl(temp));
        assertThat(briefing.run("ingest").exitCode()).isZero();

        try (ConfigurableApplicationContext context = SampleDatabase.context(briefing)) {
            WeekIndicators week = context.getBean(WeeklyIndicators.class).compute(LocalDate.of(2021, 9, 13));
            Map<Integer, Timeliness> chauThanh = week.completenessOf("877").stream()
                .collect(Collectors.toMap(r -> r.day().getDayOfMonth(), ReportStatus::timeliness));
            // the system first saw these files long after their deadlines: when 10/9-13/9 reached the office is not known
            assertThat(chauThanh).containsEntry(7, Timeliness.ON_TIME).containsEntry(8, Timeliness.LATE)
                .containsEntry(9, Timeliness.MISSING).containsEntry(10, Timeliness.NOT_JUDGED)
                .containsEntry(13, Timeliness.NOT_JUDGED);
            assertThat(week.notJudgedReports()).isEqualTo(4);
            assertThat(week.lateReports()).isEqualTo(1);
            assertThat(week.completenessOf("866")).allMatch(ReportStatus::missing);
            UnitWeek district = week.districts().stream().filter(d -> d.code().equals("877")).findFirst().orElseThrow();
            assertThat(district.incomplete()).as("a figure resting on a missing report says so").isTrue();
            assertThat(district.missingReports()).isEqualTo(1);
            assertThat(district.cases()).isEqualTo(6 * 3);
        }
        // had the system been watching the inbox since the evening of 7/9/2021 (it registered that day's file then),
        // the reports of 10/9-13/9 that came months later are known to come from an archive
        Database.jdbc(briefing.dbUrl()).update("UPDATE source_file SET registered_at = ? WHERE file_name LIKE '%07-9.csv'",
                java.sql.Timestamp.from(ZonedDateTime.of(2021, 9, 7, 19, 30, 0, 0, VIETNAM).toInstant()));
        try (ConfigurableApplicationContext context = SampleDatabase.context(briefing)) {
            WeekIndicators week = context.getBean(WeeklyIndicators.class).compute(LocalDate.of(2021, 9, 13));
            Map<Integer, Timeliness> chauThanh = week.completenessOf("877").stream()
                .collect(Collectors.toMap(r -> r.day().getDayOfMonth(), ReportStatus::timeliness));
            assertThat(chauThanh).containsEntry(7, Timeliness.ON_TIME).containsEntry(8, Timeliness.LATE)
                .containsEntry(10, Timeliness.BACKLOADED).containsEntry(13, Timeliness.BACKLOADED);
        }
    }
}
