package vn.covid.briefing.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken balances.csv or decisions.csv stops the load with file, line, column, value and reason. */
class ReferenceFilesTests {

    private static final Map<String, String> UNITS = new java.util.HashMap<>();
    static {
        UNITS.put("87", null);
        UNITS.put("866", "87");
        UNITS.put("867", "87");
    }

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void balancesOfTheDistrictsMustAddUpToTheProvincesAndNotKnownMeansNoValue() throws IOException {
        String header = "unit_code,item,as_of,value,counts_from,basis,source\n";
        Path good = write("balances.csv", header + "87,cases,2021-06-30,39,2021-04-27,PUBLISHED,NCSC\n"
                + "866,cases,2021-06-30,9,2021-04-27,SYNTHETIC,share\n867,cases,2021-06-30,30,2021-04-27,SYNTHETIC,share\n"
                + "87,dose1,2021-06-30,,,NOT_KNOWN,no provincial figure in the sources\n");
        assertThat(OpeningBalances.read(good, UNITS)).hasSize(4);

        Path sum = write("sum.csv", header + "87,cases,2021-06-30,39,2021-04-27,PUBLISHED,NCSC\n"
                + "866,cases,2021-06-30,9,2021-04-27,SYNTHETIC,share\n867,cases,2021-06-30,31,2021-04-27,SYNTHETIC,share\n");
        assertThatThrownBy(() -> OpeningBalances.read(sum, UNITS)).hasMessageContaining("add up to 40, not to its 39");

        Path stock = write("stock.csv", header + "87,under_treatment,2021-06-30,3,2021-04-27,PUBLISHED,x\n");
        assertThatThrownBy(() -> OpeningBalances.read(stock, UNITS))
            .hasMessageContaining("stock.csv line 2, column item, value 'under_treatment'");

        Path unknownWithValue = write("nk.csv", header + "87,deaths,2021-06-30,3,2021-04-27,NOT_KNOWN,x\n");
        assertThatThrownBy(() -> OpeningBalances.read(unknownWithValue, UNITS))
            .hasMessageContaining("line 2, column value, value '3'");
    }

    @Test
    void aDecisionLineNamesAKnownKindALevelAndItsDecisionsLinesAgree() throws IOException {
        String header = "decision_id,kind,number,authority,issued,in_force_from,in_force_until,unit_code,value,"
                + "counted_level,count,of,source,note\n";
        Path badKind = write("kind.csv", header + "A,LEVELS,1/QĐ,UBND,2021-12-20,2021-12-23,,866,2,,,,url,\n");
        assertThatThrownBy(() -> Decisions.read(badKind, UNITS))
            .hasMessageContaining("kind.csv line 2, column kind, value 'LEVELS'");
        Path badLevel = write("level.csv", header + "A,LEVEL,1/QĐ,UBND,2021-12-20,2021-12-23,,866,5,,,,url,\n");
        assertThatThrownBy(() -> Decisions.read(badLevel, UNITS)).hasMessageContaining("column value, value '5'");
        Path disagree = write("agree.csv", header + "A,LEVEL,1/QĐ,UBND,2021-12-20,2021-12-23,,866,2,,,,url,\n"
                + "A,LEVEL,1/QĐ,UBND,2021-12-21,2021-12-23,,867,2,,,,url,\n");
        assertThatThrownBy(() -> Decisions.read(disagree, UNITS)).hasMessageContaining("agree.csv line 3, column decision_id");
        Path count = write("count.csv", header + "A,LEVEL_COUNT,,UBND,2021-10-31,2021-10-31,,87,2,COMMUNE,150,143,url,\n");
        assertThatThrownBy(() -> Decisions.read(count, UNITS)).hasMessageContaining("count ≤ of");
        Path until = write("until.csv", header + "A,REGIME,,UBND,2021-09-04,2021-09-06,2021-09-01,87,CT16,,,,url,\n");
        assertThatThrownBy(() -> Decisions.read(until, UNITS)).hasMessageContaining("column in_force_until");
    }
}
