package vn.covid.briefing.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The profiles one command line names with {@code --profile}: one, several ({@code dong-thap,gia-lai}), or
 * {@code all} (every folder under {@code <home>/profiles/} that has a profile.yml, by name).
 */
final class ProfileList {

    static final String ALL = "all";

    private ProfileList() {
    }

    /** Whether the option names more than one profile. */
    static boolean many(String option) {
        return option != null && (option.equals(ALL) || option.contains(","));
    }

    /** Each profile as the setting briefing.profile takes it (a name, or an absolute path). */
    static List<String> expand(String option, Path home) {
        if (!option.equals(ALL)) {
            LinkedHashSet<String> named = new LinkedHashSet<>();
            for (String p : option.split(",")) {
                if (!p.isBlank()) {
                    named.add(Invocation.profileSetting(p.strip()));
                }
            }
            return new ArrayList<>(named);
        }
        Path folder = home.resolve("profiles");
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> all = entries.filter(p -> Files.isRegularFile(p.resolve("profile.yml")))
                .map(p -> p.getFileName().toString()).sorted().toList();
            if (all.isEmpty()) {
                throw new IllegalStateException("--profile all: no profile in " + folder);
            }
            return all;
        }
        catch (IOException e) {
            throw new UncheckedIOException("--profile all: cannot list " + folder, e);
        }
    }
}
