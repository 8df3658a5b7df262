package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The window of files parsed ahead: bounded by count and by bytes, yet never closed to a file of any size. */
class ParseAheadTests {

    private static Future<FileRead> reading() {
        return new CompletableFuture<>();
    }

    @Test
    void filesStartUntilEitherTheCountOrTheBytesWouldBePassed() {
        ParseAhead ahead = new ParseAhead(3, 100);
        ahead.add(reading(), 40);
        ahead.add(reading(), 40);
        assertThat(ahead.hasRoomFor(20)).isTrue();
        assertThat(ahead.hasRoomFor(21)).as("121 bytes would be over 100").isFalse();
        ahead.add(reading(), 20);
        assertThat(ahead.hasRoomFor(0)).as("three files are the most").isFalse();
    }

    @Test
    void theOldestComesOutFirstAndFreesItsBytes() {
        ParseAhead ahead = new ParseAhead(10, 100);
        Future<FileRead> first = reading();
        Future<FileRead> second = reading();
        ahead.add(first, 90);
        ahead.add(second, 10);
        assertThat(ahead.hasRoomFor(50)).isFalse();
        assertThat(ahead.poll()).isSameAs(first);
        assertThat(ahead.hasRoomFor(50)).isTrue();
        assertThat(ahead.poll()).isSameAs(second);
        assertThat(ahead.poll()).isNull();
    }

    @Test
    void aFileLargerThanTheWholeWindowStillGoesAloneAndNothingJoinsIt() {
        ParseAhead ahead = new ParseAhead(200, 100);
        assertThat(ahead.hasRoomFor(5_000)).isTrue();
        ahead.add(reading(), 5_000);
        assertThat(ahead.hasRoomFor(1)).isFalse();
        ahead.poll();
        assertThat(ahead.size()).isZero();
        assertThat(ahead.hasRoomFor(1)).isTrue();
    }

    @Test
    void clearingCancelsWhatIsStillBeingParsed() {
        ParseAhead ahead = new ParseAhead(2, 100);
        Future<FileRead> parsing = reading();
        ahead.add(parsing, 10);
        ahead.clear();
        assertThat(parsing.isCancelled()).isTrue();
        assertThat(ahead.size()).isZero();
        assertThat(ahead.hasRoomFor(100)).isTrue();
    }
}
