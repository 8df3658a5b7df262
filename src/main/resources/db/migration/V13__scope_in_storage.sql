-- Issue 12: one database serves many scopes (provinces, and the whole country VN). What a scope loads or
-- issues carries its scope: its reference figures, balances, decisions and reference version, its editions,
-- the inbox problems its runs saw. Facts, checkpoints and files stay keyed by district (a district lies in
-- one province), so a scope reads them through its districts. The units stay national (codes are unique in
-- the country); a row a profile's own units.csv gave names that scope in listed_by.
--
-- The rows of an existing database (one scope) take the scope configured when it migrates: the placeholder
-- is briefing.scope (application.yml, spring.flyway.placeholders.scope). An office that migrated under the
-- wrong scope puts it right with, for each of unit_figure, opening_balance, decision, reference_version,
-- briefing_edition and inbox_problem: UPDATE <table> SET scope = '<its code>' WHERE scope = '<the wrong one>';
-- and UPDATE source_file SET validated_scope = '<its code>' WHERE validated_scope = '<the wrong one>'.
-- (PDFs already issued keep their paths: the scope is in the path of new ones only.)
--
-- Tables whose primary key gains the scope are made anew and copied: the one form H2 and PostgreSQL share
-- (they name primary key constraints differently, so neither can drop the other's).

ALTER TABLE unit ADD COLUMN listed_by VARCHAR(10);   -- NULL: the national list; else the scope whose units.csv gave it

CREATE TABLE unit_figure_by_scope (
    scope         VARCHAR(10)  NOT NULL,
    unit_code     VARCHAR(10)  NOT NULL,
    figure        VARCHAR(40)  NOT NULL,
    amount        BIGINT       NOT NULL,
    as_of_year    INTEGER      NOT NULL,
    source        VARCHAR(500) NOT NULL,
    estimated     BOOLEAN      NOT NULL,
    PRIMARY KEY (scope, unit_code, figure)
);
INSERT INTO unit_figure_by_scope (scope, unit_code, figure, amount, as_of_year, source, estimated)
    SELECT '${scope}', unit_code, figure, amount, as_of_year, source, estimated FROM unit_figure;
DROP TABLE unit_figure;
ALTER TABLE unit_figure_by_scope RENAME TO unit_figure;

CREATE TABLE opening_balance_by_scope (
    scope         VARCHAR(10)   NOT NULL,
    unit_code     VARCHAR(10)   NOT NULL,
    item          VARCHAR(40)   NOT NULL,
    as_of         DATE          NOT NULL,
    amount        BIGINT,
    counts_from   DATE,
    basis         VARCHAR(12)   NOT NULL,
    source        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (scope, unit_code, item, as_of)
);
INSERT INTO opening_balance_by_scope (scope, unit_code, item, as_of, amount, counts_from, basis, source)
    SELECT '${scope}', unit_code, item, as_of, amount, counts_from, basis, source FROM opening_balance;
DROP TABLE opening_balance;
ALTER TABLE opening_balance_by_scope RENAME TO opening_balance;

CREATE TABLE decision_by_scope (
    scope          VARCHAR(10)   NOT NULL,
    decision_id    VARCHAR(60)   NOT NULL,
    line_no        INTEGER       NOT NULL,
    kind           VARCHAR(12)   NOT NULL,
    number         VARCHAR(60),
    authority      VARCHAR(200)  NOT NULL,
    issued         DATE          NOT NULL,
    in_force_from  DATE          NOT NULL,
    in_force_until DATE,
    unit_code      VARCHAR(10)   NOT NULL,
    decided_value  VARCHAR(20),
    counted_level  VARCHAR(10),
    unit_count     INTEGER,
    of_count       INTEGER,
    source         VARCHAR(1000) NOT NULL,
    note           VARCHAR(1000),
    PRIMARY KEY (scope, line_no)
);
INSERT INTO decision_by_scope (scope, decision_id, line_no, kind, number, authority, issued, in_force_from,
        in_force_until, unit_code, decided_value, counted_level, unit_count, of_count, source, note)
    SELECT '${scope}', decision_id, line_no, kind, number, authority, issued, in_force_from, in_force_until, unit_code,
        decided_value, counted_level, unit_count, of_count, source, note FROM decision;
DROP TABLE decision;
ALTER TABLE decision_by_scope RENAME TO decision;

-- One row per scope: the checksum of the reference data it loaded (its files, the national list of units,
-- and the own lists of units that cover its units), and the checksum of its own units.csv if it has one.
CREATE TABLE reference_version_by_scope (
    scope          VARCHAR(10)  NOT NULL PRIMARY KEY,
    checksum       VARCHAR(64)  NOT NULL,
    units_checksum VARCHAR(64),
    loaded_at      TIMESTAMP    NOT NULL,
    unit_count     INTEGER      NOT NULL,
    figure_count   INTEGER      NOT NULL
);
INSERT INTO reference_version_by_scope (scope, checksum, loaded_at, unit_count, figure_count)
    SELECT '${scope}', checksum, loaded_at, unit_count, figure_count FROM reference_version;
DROP TABLE reference_version;
ALTER TABLE reference_version_by_scope RENAME TO reference_version;

-- A scope's report date has editions 1, 2, …; another scope's editions of the same date are its own.
CREATE TABLE briefing_edition_by_scope (
    scope              VARCHAR(10)   NOT NULL,
    report_date        DATE          NOT NULL,
    edition            INTEGER       NOT NULL,
    data_revision      VARCHAR(64)   NOT NULL,
    template_checksum  VARCHAR(64)   NOT NULL,
    issued_at          TIMESTAMP     NOT NULL,
    pdf_checksum       VARCHAR(64)   NOT NULL,
    pdf_path           VARCHAR(1000) NOT NULL,
    provisional        BOOLEAN       NOT NULL,
    headline           VARCHAR(4000),
    settings_checksum  VARCHAR(64),
    notes_checksum     VARCHAR(64),
    snapshot_checksum  VARCHAR(64),
    reasons            VARCHAR(100),
    texts_version      VARCHAR(200),
    PRIMARY KEY (scope, report_date, edition)
);
INSERT INTO briefing_edition_by_scope (scope, report_date, edition, data_revision, template_checksum, issued_at,
        pdf_checksum, pdf_path, provisional, headline, settings_checksum, notes_checksum, snapshot_checksum, reasons,
        texts_version)
    SELECT '${scope}', report_date, edition, data_revision, template_checksum, issued_at, pdf_checksum, pdf_path,
        provisional, headline, settings_checksum, notes_checksum, snapshot_checksum, reasons, texts_version
    FROM briefing_edition;
DROP TABLE briefing_edition;
ALTER TABLE briefing_edition_by_scope RENAME TO briefing_edition;

-- What each scope's runs found in the inbox they read (two scopes may read two inboxes).
CREATE TABLE inbox_problem_by_scope (
    scope        VARCHAR(10)   NOT NULL,
    path_hash    VARCHAR(64)   NOT NULL,
    path         VARCHAR(4000) NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    message      VARCHAR(2000) NOT NULL,
    first_seen   TIMESTAMP     NOT NULL,
    last_seen    TIMESTAMP     NOT NULL,
    seen_by      BIGINT        NOT NULL,
    same_as      BIGINT,
    PRIMARY KEY (scope, path_hash)
);
INSERT INTO inbox_problem_by_scope (scope, path_hash, path, kind, code, message, first_seen, last_seen, seen_by, same_as)
    SELECT '${scope}', path_hash, path, kind, code, message, first_seen, last_seen, seen_by, same_as FROM inbox_problem;
DROP TABLE inbox_problem;
ALTER TABLE inbox_problem_by_scope RENAME TO inbox_problem;

-- A file whose district lies outside the scope that read it is kept as OTHER_SCOPE (district_code and
-- report_date set, no rows stored) until a scope that holds its district runs. validated_scope: the scope
-- whose reference data a rejection rested on (validated_against); only that scope validates it again.
ALTER TABLE source_file ADD COLUMN validated_scope VARCHAR(10);
UPDATE source_file SET validated_scope = '${scope}' WHERE validated_against IS NOT NULL;

-- The scope each command ran for (the run lock is one per database, whatever the scope); NULL before.
ALTER TABLE command_run ADD COLUMN scope VARCHAR(10);
