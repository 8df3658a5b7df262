package vn.covid.briefing.ingest;

/**
 * Why a file of the inbox was not read: it cannot be read now and waits (the next run tries again, and it
 * never holds back the other files), or it is never read and is skipped. Unlike an {@link IssueCode},
 * none of these says anything about the file's content, so none rejects a file for good.
 */
public enum FileProblem {
    FILE_UNREADABLE(Kind.WAITING, "the file cannot be read now"),
    FOLDER_UNREADABLE(Kind.WAITING, "the folder cannot be read now; its files were not looked at"),
    FILE_VANISHED(Kind.WAITING, "the file disappeared before it could be read"),
    FILE_CHANGED(Kind.WAITING, "the file changed while this run was reading the inbox"),
    FILE_NAME_NOT_DECODABLE(Kind.WAITING, "the name is not valid text in this system's file-name encoding"),
    PATH_TOO_LONG(Kind.WAITING, "the path is too long"),
    INTERNAL_ERROR(Kind.WAITING, "an unexpected error while processing the file"),
    SYMBOLIC_LINK(Kind.SKIPPED, "a symbolic link: links are never followed; copy the file itself into the inbox"),
    NOT_A_REGULAR_FILE(Kind.SKIPPED, "not a regular file (a pipe, socket or device); it is never opened"),
    OUTSIDE_INBOX(Kind.SKIPPED, "the path leads outside the inbox; it is never opened"),
    HARD_LINK(Kind.SKIPPED, "the file has other names (hard links), which may lie outside the inbox; copy it "
            + "into the inbox instead of linking it"),
    SAME_CONTENT(Kind.SKIPPED, "the same bytes as a file already registered");

    /** WAITING: tried again by every run until it goes in; SKIPPED: never read, listed while it is there. */
    public enum Kind {
        WAITING, SKIPPED
    }

    private final Kind kind;
    private final String meaning;

    FileProblem(Kind kind, String meaning) {
        this.kind = kind;
        this.meaning = meaning;
    }

    public Kind kind() {
        return kind;
    }

    /** The plain-words reason, to which a problem's message adds the particulars. */
    public String meaning() {
        return meaning;
    }
}
