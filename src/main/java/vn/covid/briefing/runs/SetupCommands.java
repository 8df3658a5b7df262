package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.time.LocalDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The commands that set up a province or its data, offline (no database, no lock): {@code profile new} and
 * {@code sample}. Declared beside {@link Cli}'s, in the same way.
 */
final class SetupCommands {

    private SetupCommands() {
    }

    @Command(name = "profile", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
            synopsisSubcommandLabel = "<command>", commandListHeading = "%nCommands:%n",
            description = { "A province's profile: profiles/<id>/ holds its settings, wording and reference files." },
            subcommands = { SetupCommands.ProfileNew.class })
    static final class Profile {
    }

    @Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class, sortOptions = false,
            description = { "Make a starter profile for a province from the real data (../shared/realdata): its units "
                    + "with their census populations and marked estimates, its issuing bodies and words, and "
                    + "CHECKLIST.md, what the office must still fill in. An existing folder is never touched." })
    static final class ProfileNew extends Invocation {

        @Option(names = "--province", paramLabel = "CODE", required = true, order = 1,
                description = "the province's GSO code, e.g. 75 (Đồng Nai), 01 (Hà Nội)")
        String province;

        @Option(names = "--id", paramLabel = "ID", order = 2,
                description = "the profile's folder name (default: the province's name, e.g. dong-nai)")
        String id;

        @Option(names = "--into", paramLabel = "DIR", order = 3, description = "where the folder goes (default: profiles/)")
        Path into;

        @Option(names = "--realdata", paramLabel = "DIR", order = 4,
                description = "the real data (default: ../shared/realdata)")
        Path realdata;

        @Override
        String name() {
            return "profile new";
        }

        @Override
        Kind kind() {
            return Kind.OFFLINE;
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class, sortOptions = false,
            description = { "Rebuild the shipped sample from the real data (input/reports, profiles/dong-thap/reference, "
                    + "the national list of units); or, with --province, write an inbox for any province (or all) and "
                    + "dates whose provincial totals are the real series, split synthetically by population." })
    static final class Sample extends Invocation {

        @Option(names = "--realdata", paramLabel = "DIR", order = 1,
                description = "the real data (default: ../shared/realdata)")
        Path realdata;

        @Option(names = "--input", paramLabel = "DIR", order = 2,
                description = "where the sample's reports go (default: input/)")
        Path input;

        @Option(names = "--province", paramLabel = "CODE|all", order = 3,
                description = "a province's GSO code (e.g. 75), or all: the series generator")
        String province;

        @Option(names = "--from", paramLabel = "D1", converter = Cli.DateConverter.class, order = 4,
                description = "with --province: the first day, YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--to", paramLabel = "D2", converter = Cli.DateConverter.class, order = 5,
                description = "with --province: the last day, YYYY-MM-DD")
        LocalDate to;

        @Option(names = "--into", paramLabel = "DIR", order = 6, description = "with --province: the inbox to write")
        Path into;

        @Option(names = "--district-rows", order = 7,
                description = "with --province: one row per district instead of one per commune")
        boolean districtRows;

        @Override
        Kind kind() {
            return Kind.OFFLINE;
        }

        @Override
        void validate() {
            super.validate();
            if (province == null) {
                if (from != null || to != null || into != null || districtRows) {
                    throw new ParameterException(spec.commandLine(), "--from, --to, --into and --district-rows go with "
                            + "--province");
                }
                return;
            }
            if (from == null || to == null || into == null) {
                throw new ParameterException(spec.commandLine(), "--province needs --from, --to and --into");
            }
            if (input != null) {
                throw new ParameterException(spec.commandLine(), "--input is the shipped sample's; with --province "
                        + "give --into");
            }
            if (from.isAfter(to)) {
                throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
            }
        }
    }
}
