-- Running totals per unit at each month end, so that a week's cumulative figures read one checkpoint and
-- less than a month of facts instead of the whole history. Built on first use; the ingest deletes a
-- district's checkpoints from any day it writes onwards, so a late or corrected report is never hidden.
CREATE TABLE unit_checkpoint (
    district_code       VARCHAR(10) NOT NULL,
    as_of               DATE        NOT NULL,   -- totals of every day up to and including this one
    wave_start          DATE        NOT NULL,   -- case, death and test totals count from here; doses from the start
    unit_code           VARCHAR(10) NOT NULL,
    cases_arrival       BIGINT,
    cases_quarantine    BIGINT,
    cases_lockdown      BIGINT,
    cases_community     BIGINT,
    deaths              BIGINT,
    recovered           BIGINT,
    under_treatment     BIGINT,
    severe              BIGINT,
    icu_in_use          BIGINT,
    pcr_tests           BIGINT,
    pcr_positive        BIGINT,
    rapid_tests         BIGINT,
    rapid_positive      BIGINT,
    households_sampled  BIGINT,
    dose1               BIGINT,
    dose2               BIGINT,
    booster             BIGINT,
    new_clusters        BIGINT,
    last_community_case DATE,
    PRIMARY KEY (district_code, as_of, wave_start, unit_code)
);
