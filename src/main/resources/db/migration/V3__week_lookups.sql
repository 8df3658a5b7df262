-- What a report week looks up besides the facts: when each district-day's files arrived (completeness)
-- and which file is current for a day (flags, corrections). Without these, a week's cost grows with
-- every file ever received.
CREATE INDEX source_file_district_day ON source_file (district_code, report_date);
CREATE INDEX district_day_file ON district_day (file_id);
