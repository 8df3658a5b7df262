-- Reference data of issue 10, replaced whole with the other reference files (their checksum covers these).
-- Opening balances: a unit's cumulative figure at a day before its reports begin (balances.csv); the
-- running totals of the reports are added to it. amount NULL: the balance is not known (source says why).
CREATE TABLE opening_balance (
    unit_code     VARCHAR(10)   NOT NULL,
    item          VARCHAR(40)   NOT NULL,   -- 'cases' or a metric key (deaths, dose1, ...)
    as_of         DATE          NOT NULL,
    amount        BIGINT,
    counts_from   DATE,
    basis         VARCHAR(12)   NOT NULL,   -- PUBLISHED, ESTIMATED, SYNTHETIC, NOT_KNOWN
    source        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (unit_code, item, as_of)
);

-- The province's decisions on distancing regimes and epidemic levels (decisions.csv), one line per unit
-- (or per unnamed count of units), with when each was issued and in force.
CREATE TABLE decision (
    decision_id    VARCHAR(60)   NOT NULL,
    line_no        INTEGER       NOT NULL,   -- the line's place in the file
    kind           VARCHAR(12)   NOT NULL,   -- REGIME, LEVEL, LEVEL_COUNT
    number         VARCHAR(60),              -- NULL: the sources do not give it
    authority      VARCHAR(200)  NOT NULL,
    issued         DATE          NOT NULL,
    in_force_from  DATE          NOT NULL,
    in_force_until DATE,
    unit_code      VARCHAR(10)   NOT NULL,
    decided_value  VARCHAR(20),              -- regime code or level; NULL: content not known
    counted_level  VARCHAR(10),
    unit_count     INTEGER,
    of_count       INTEGER,
    source         VARCHAR(1000) NOT NULL,
    note           VARCHAR(1000),
    PRIMARY KEY (line_no)
);
