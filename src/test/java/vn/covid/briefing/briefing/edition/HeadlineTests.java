package vn.covid.briefing.briefing.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The headline figures an edition printed are stored as JSON, in their order; the older key=value form is still read. */
class HeadlineTests {

    @Test
    void theHeadlineIsStoredAsJsonInItsOrderAndReadBack() {
        Map<String, String> headline = new LinkedHashMap<>();
        headline.put("cases", "374");
        headline.put("community-rate", "4,8");
        headline.put("note", "a \"quoted\" value = with an equals sign\nand a line break");

        String stored = Editions.Headline.encode(headline);

        assertThat(stored).startsWith("{\"cases\":\"374\"");
        assertThat(Editions.Headline.decode(stored)).containsExactlyEntriesOf(headline);
    }

    @Test
    void theKeyValueLinesOfEarlierEditionsAreStillRead() {
        assertThat(Editions.Headline.decode("cases=374\ncommunity-rate=4,8\n"))
            .containsExactly(Map.entry("cases", "374"), Map.entry("community-rate", "4,8"));
        assertThat(Editions.Headline.decode(null)).isEmpty();
    }
}
