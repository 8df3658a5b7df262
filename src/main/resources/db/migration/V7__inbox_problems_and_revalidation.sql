-- Files of the inbox that were not read (issue 9): WAITING when they cannot be read now (unreadable,
-- vanished or changed while read, a name this system cannot decode, a path too long, an internal error),
-- tried again by every run; SKIPPED when they are never read (symbolic links, pipes and devices, anything
-- leading outside the inbox, the same bytes as a file already registered). Only content rejects a file
-- for good (source_file.status REJECTED). A row goes once its file goes in or leaves the inbox.
CREATE TABLE inbox_problem (
    path_hash    VARCHAR(64)   NOT NULL PRIMARY KEY,  -- SHA-256 of the path relative to the inbox, as found
    path         VARCHAR(4000) NOT NULL,              -- relative to the inbox, escaped for people (Printable)
    kind         VARCHAR(10)   NOT NULL,              -- WAITING or SKIPPED
    code         VARCHAR(40)   NOT NULL,              -- FileProblem: FILE_UNREADABLE, SYMBOLIC_LINK, ...
    message      VARCHAR(2000) NOT NULL,              -- escaped for people
    first_seen   TIMESTAMP     NOT NULL,
    last_seen    TIMESTAMP     NOT NULL,
    seen_by      BIGINT        NOT NULL,              -- the ingest job instance that saw it last
    same_as      BIGINT                               -- SAME_CONTENT: the source_file with these bytes
);

-- Any path Linux can open (PATH_MAX is 4096 bytes); a longer one waits with PATH_TOO_LONG.
ALTER TABLE source_file ALTER COLUMN file_name SET DATA TYPE VARCHAR(4096);

-- What the file's outcome rested on besides its bytes: the SHA-256 of the reference data's checksum and
-- the scope it was validated against, when a rejection's reason depends on them (an unknown unit, a unit
-- of another province, a count above the population...). NULL: the outcome rests on the content alone.
-- When the reference data or the scope changes, such files are validated again.
ALTER TABLE source_file ADD COLUMN validated_against VARCHAR(64);
