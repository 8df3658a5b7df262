-- The metrics of issue 10 (all optional, NULL = not reported): cases not yet classified by source, the ICU
-- beds a district reports it has, households sampled for the first time (beside the sampling visits of
-- households_sampled), doses for ages 12-17, F0 treated at home and patients on oxygen. One statement per
-- column: the form H2 and PostgreSQL both accept.
ALTER TABLE daily_fact ADD COLUMN cases_unclassified BIGINT;
ALTER TABLE daily_fact ADD COLUMN icu_beds BIGINT;
ALTER TABLE daily_fact ADD COLUMN households_first_sampled BIGINT;
ALTER TABLE daily_fact ADD COLUMN dose1_12_17 BIGINT;
ALTER TABLE daily_fact ADD COLUMN dose2_12_17 BIGINT;
ALTER TABLE daily_fact ADD COLUMN home_treatment BIGINT;
ALTER TABLE daily_fact ADD COLUMN oxygen BIGINT;
ALTER TABLE daily_fact_history ADD COLUMN cases_unclassified BIGINT;
ALTER TABLE daily_fact_history ADD COLUMN icu_beds BIGINT;
ALTER TABLE daily_fact_history ADD COLUMN households_first_sampled BIGINT;
ALTER TABLE daily_fact_history ADD COLUMN dose1_12_17 BIGINT;
ALTER TABLE daily_fact_history ADD COLUMN dose2_12_17 BIGINT;
ALTER TABLE daily_fact_history ADD COLUMN home_treatment BIGINT;
ALTER TABLE daily_fact_history ADD COLUMN oxygen BIGINT;
ALTER TABLE unit_checkpoint ADD COLUMN cases_unclassified BIGINT;
ALTER TABLE unit_checkpoint ADD COLUMN icu_beds BIGINT;
ALTER TABLE unit_checkpoint ADD COLUMN households_first_sampled BIGINT;
ALTER TABLE unit_checkpoint ADD COLUMN dose1_12_17 BIGINT;
ALTER TABLE unit_checkpoint ADD COLUMN dose2_12_17 BIGINT;
ALTER TABLE unit_checkpoint ADD COLUMN home_treatment BIGINT;
ALTER TABLE unit_checkpoint ADD COLUMN oxygen BIGINT;
