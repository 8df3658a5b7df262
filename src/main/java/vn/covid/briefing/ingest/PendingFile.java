package vn.covid.briefing.ingest;

/** A registered inbox file not yet loaded; {@code path} is relative to the inbox. */
public record PendingFile(long id, String path, long size) {
}
