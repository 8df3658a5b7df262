-- Every briefing ever issued: a report date has editions 1, 2, … each fixed to the data revision it
-- was made from. The PDF of an edition is never rewritten with other content.
CREATE TABLE briefing_edition (
    report_date        DATE         NOT NULL,
    edition            INTEGER      NOT NULL,
    data_revision      VARCHAR(64)  NOT NULL,
    template_checksum  VARCHAR(64)  NOT NULL,
    issued_at          TIMESTAMP    NOT NULL,   -- when it was made (the PDF itself carries the data cut-off, for reproducibility)
    pdf_checksum       VARCHAR(64)  NOT NULL,
    pdf_path           VARCHAR(1000) NOT NULL,
    provisional        BOOLEAN      NOT NULL,   -- made with district reports missing
    PRIMARY KEY (report_date, edition)
);
