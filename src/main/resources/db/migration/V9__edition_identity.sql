-- What an edition is made of besides the data: the settings it was judged by, the office's notes and the
-- wording (template_checksum now holds the checksum of the wording in force on the report date, with the
-- layout), why it was made, and a snapshot of its wording and notes, so that the same edition can be
-- made again byte for byte after a clerk edits the templates (a damaged PDF, a --force).
ALTER TABLE briefing_edition ADD COLUMN settings_checksum VARCHAR(64);
ALTER TABLE briefing_edition ADD COLUMN notes_checksum VARCHAR(64);
ALTER TABLE briefing_edition ADD COLUMN snapshot_checksum VARCHAR(64);
ALTER TABLE briefing_edition ADD COLUMN reasons VARCHAR(100);
ALTER TABLE briefing_edition ADD COLUMN texts_version VARCHAR(200);

CREATE TABLE briefing_snapshot (
    checksum  VARCHAR(64) NOT NULL PRIMARY KEY,
    content   VARCHAR     NOT NULL    -- YAML: the resolved texts, briefing.html, briefing.css, the notes
);
