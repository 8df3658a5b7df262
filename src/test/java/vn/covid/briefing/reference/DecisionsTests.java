package vn.covid.briefing.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.CsvFiles;

/**
 * The shipped decisions (profiles/dong-thap/reference/decisions.csv), as a briefing of each date could know them: a
 * decision issued after the report date does not exist for it; one issued on or before it but in force
 * later is "decided"; the unit's own line wins over its province's on the same day.
 */
class DecisionsTests {

    private static final Path REFERENCE = Briefing.SAMPLE_REFERENCE;
    private static Decisions decisions;
    private static final Map<String, String> PARENT = new HashMap<>();
    private static final Function<String, String> PARENT_OF = PARENT::get;

    @BeforeAll
    static void read() throws IOException {
        CsvFiles.read(Briefing.PROJECT.resolve("src/main/resources/reference/units.csv")).forEach(r -> PARENT.put(r.get("code"),
                r.get("parent_code").isEmpty() ? null : r.get("parent_code")));
        decisions = new Decisions(Decisions.read(REFERENCE.resolve("decisions.csv"), PARENT));
    }

    private static String regime(String unit, String day, String knownOn) {
        return decisions.inForce(Decision.Kind.REGIME, unit, LocalDate.parse(day), LocalDate.parse(knownOn), PARENT_OF)
            .map(Decision::value).orElse(null);
    }

    @Test
    void theBriefingOf13SeptemberDoesNotKnowTheDecisionOf14September() {
        LocalDate d = LocalDate.of(2021, 9, 13);
        assertThat(decisions.inForce(Decision.Kind.REGIME, "866", d, d, PARENT_OF)).get()
            .satisfies(x -> assertThat(x.number()).isEqualTo("1308/QĐ-UBND-HC"));
        assertThat(decisions.decidedAfter(Decision.Kind.REGIME, d, 7)).as("QĐ 1401 was issued on 14/9").isEmpty();
        assertThat(decisions.decidedAfter(Decision.Kind.REGIME, d.plusDays(1), 7))
            .extracting(Decision::number).containsOnly("1401/QĐ-UBND-HC");
        assertThat(decisions.decidedAfter(Decision.Kind.REGIME, d.plusDays(1), 7))
            .allSatisfy(x -> assertThat(x.inForceFrom()).isEqualTo(LocalDate.of(2021, 9, 16)));
    }

    @Test
    void theRegimesFollowTheProvincesDecisions() {
        assertThat(regime("867", "2021-07-12", "2021-07-12")).as("11/7 split").isEqualTo("CT16");
        assertThat(regime("866", "2021-07-12", "2021-07-12")).isEqualTo("CT15");
        assertThat(regime("866", "2021-07-20", "2021-07-20")).as("the Prime Minister's CT16 from 19/7").isEqualTo("CT16");
        assertThat(regime("866", "2021-09-13", "2021-09-13")).isEqualTo("CT16");
        assertThat(regime("866", "2021-09-20", "2021-09-20")).as("QĐ 1401 from 16/9").isEqualTo("CT15+");
        assertThat(regime("877", "2021-09-20", "2021-09-20")).isEqualTo("CT16");
        assertThat(regime("877", "2021-10-04", "2021-10-04")).as("CT15 province-wide from 01/10").isEqualTo("CT15");
        assertThat(regime("877", "2021-09-27", "2021-09-27")).as("the decision of 30/9 is not known on 27/9")
            .isEqualTo("CT16");
    }

    @Test
    void theLevelsOf31OctoberAndOfQd1928() {
        LocalDate first = LocalDate.of(2021, 11, 1);
        assertThat(decisions.inForce(Decision.Kind.LEVEL, "866", first, first, PARENT_OF)).get()
            .satisfies(x -> assertThat(x.level()).isEqualTo(2));
        assertThat(decisions.inForce(Decision.Kind.LEVEL, "29863", first, first, PARENT_OF))
            .as("no commune is named on 31/10: the two at cấp 3 are counted, not named").isEmpty();
        assertThat(decisions.levelCounts("87", first, first)).extracting(Decision::value, Decision::count, Decision::of)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2", 141, 143),
                    org.assertj.core.groups.Tuple.tuple("3", 2, 143));

        LocalDate dec20 = LocalDate.of(2021, 12, 20);
        assertThat(decisions.inForce(Decision.Kind.LEVEL, "868", dec20, dec20, PARENT_OF)).get()
            .as("on 20/12 QĐ 1697 is in force, its content not known").satisfies(x -> {
                assertThat(x.number()).isEqualTo("1697/QĐ-UBND-HC");
                assertThat(x.level()).isNull();
            });
        assertThat(decisions.decidedAfter(Decision.Kind.LEVEL, dec20, 7)).extracting(Decision::number)
            .containsOnly("1928/QĐ-UBND-HC");
        LocalDate dec27 = LocalDate.of(2021, 12, 27);
        Map<String, Integer> levels = new HashMap<>();
        for (String d : new String[] { "866", "867", "868", "869", "870", "871", "872", "873", "874", "875", "876", "877" }) {
            levels.put(d, decisions.inForce(Decision.Kind.LEVEL, d, dec27, dec27, PARENT_OF).orElseThrow().level());
        }
        assertThat(levels).containsEntry("868", 1).containsEntry("870", 1).containsEntry("866", 2).containsEntry("877", 2)
            .containsEntry("871", 2).containsEntry("874", 2).containsEntry("875", 2).containsEntry("873", 2)
            .containsEntry("867", 3).containsEntry("876", 3).containsEntry("872", 3).containsEntry("869", 3);
        assertThat(decisions.levelCounts("87", dec27, dec27)).as("the commune counts of 31/10 are no longer in force")
            .isEmpty();
    }
}
