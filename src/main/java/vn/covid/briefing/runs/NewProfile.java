package vn.covid.briefing.runs;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.covid.briefing.profile.CensusPopulation;
import vn.covid.briefing.profile.ProvinceUnits;
import vn.covid.briefing.profile.StarterProfile;

/** {@code bin/briefing profile new --province CODE}: writes the starter profile and says what it holds. */
final class NewProfile {

    private static String number(long n) {
        return String.format(java.util.Locale.GERMANY, "%,d", n);
    }

    private NewProfile() {
    }

    static int run(SetupCommands.ProfileNew command, Path home) throws Exception {
        Path realdata = command.realdata != null ? command.realdata : home.resolve("../shared/realdata");
        if (!Files.isRegularFile(realdata.resolve("vn_units_2021.csv"))) {
            System.err.println("briefing profile new: no real data in " + realdata + " (give it with --realdata DIR)");
            return ExitCode.USAGE;
        }
        ProvinceUnits units;
        try {
            units = ProvinceUnits.read(realdata, command.province);
        }
        catch (IllegalArgumentException e) {
            System.err.println("briefing profile new: " + e.getMessage());
            return ExitCode.USAGE;
        }
        String id = command.id != null ? command.id : StarterProfile.id(units);
        Path folder = (command.into != null ? command.into : home.resolve("profiles")).resolve(id);
        StarterProfile.Made made = StarterProfile.write(realdata, command.province, folder);
        CensusPopulation.Report p = made.population();
        System.out.printf("Profile %s (%s, %s) written to %s: %d districts, %d communes (%d matched with the census in "
                + "their district, %d elsewhere in the province, %d estimated, %d without a population); population %s%s.%n",
                id, units.name(), units.code(), folder, units.districts().size(), p.communes(), p.matchedInDistrict(),
                p.matchedInProvince(), p.estimated().size(), p.missing().size(), number(p.province().population()),
                p.sumsToTheCensus() ? ", the census total" : ", not the census total " + number(p.censusTotal()));
        System.out.println("What the office must still fill in: " + folder.resolve("CHECKLIST.md")
                + "; then: bin/briefing nightly --profile " + (command.into != null ? folder : id));
        return ExitCode.OK;
    }
}
