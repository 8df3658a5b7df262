package vn.covid.briefing.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.briefing.compose.BriefingPage;
import vn.covid.briefing.system.Checksums;

/** OpenPDF draws a document ID and font subset tags at random; pinned, two prints of one page are the same bytes. */
class ReproducibleTests {

    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
            body { font-family: "Liberation Serif"; } b { font-weight: bold; } i { font-style: italic; }
            </style></head><body><p>Ban Cán sự đảng <b>Ủy ban nhân dân</b> <i>Tỉnh</i></p></body></html>""";

    private static final Pattern TAG = Pattern.compile("/([A-Z]{6})\\+");

    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>");

    @Test
    void twoPrintsOfOnePageAreTheSameBytesOncePinned() {
        byte[] first = print();
        byte[] second = print();
        assertThat(first).isNotEqualTo(second); // what there is to pin
        byte[] pinned = Reproducible.pin(first);
        assertThat(Reproducible.pin(second)).isEqualTo(pinned);
        assertThat(pinned).hasSameSizeAs(first); // no offset of the cross-reference table moved
    }

    @Test
    void subsetTagsAreNamedInOrderOfAppearance() {
        String text = latin1(Reproducible.pin(print()));
        assertThat(TAG.matcher(text).results().map(m -> m.group(1)).distinct().collect(Collectors.toList()))
            .containsExactly("AAAAAA", "AAAAAB", "AAAAAC");
    }

    @Test
    void theDocumentIdIsTheChecksumOfTheFileWithTheIdZeroed() {
        String text = latin1(Reproducible.pin(print()));
        Matcher id = ID.matcher(text);
        assertThat(id.find()).isTrue();
        String hex = id.group(1);
        assertThat(id.group(2)).isEqualTo(hex);
        String zeroed = text.replace(hex, "0".repeat(hex.length()));
        assertThat(Checksums.sha256(zeroed.getBytes(StandardCharsets.ISO_8859_1))).startsWith(hex);
    }

    private static byte[] print() {
        return new LaidOut(PAGE, new LaidOut.Images(Map.of())).pdf(new BriefingPage.Metadata("t", "s", "a", "k"),
                Instant.parse("2021-09-13T11:00:00Z"));
    }

    private static String latin1(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }
}
