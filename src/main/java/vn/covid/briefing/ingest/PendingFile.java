package vn.covid.briefing.ingest;

/**
 * A registered inbox file not yet loaded; {@code path} is relative to the inbox, {@code checksum} the
 * SHA-256 of the bytes registered. {@code revalidation}: it was loaded or rejected before and is read
 * again because what its validation rested on (the reference data, the scope) changed.
 */
public record PendingFile(long id, String path, long size, String checksum, boolean revalidation) {
}
