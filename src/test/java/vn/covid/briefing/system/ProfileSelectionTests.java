package vn.covid.briefing.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;

import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.support.Briefing;

/**
 * How a run finds its province: {@code briefing.profile} (a folder under profiles/ or a path, from the
 * command line or the environment) names the folder whose profile.yml is imported over application.yml's
 * neutral defaults; and a scope from outside the profile never borrows another province's figures.
 */
class ProfileSelectionTests {

    @TempDir
    Path temp;

    @Test
    void withoutAProfileTheShippedSampleIsTheProvince() {
        StandardEnvironment env = environment(Map.of());

        assertThat(properties(env).scope()).isEqualTo("87");
        assertThat(properties(env).profile()).isEqualTo(Briefing.PROJECT.resolve("profiles/dong-thap"));
        assertThat(properties(env).referenceFolder()).isEqualTo(Briefing.PROJECT.resolve("profiles/dong-thap/reference"));
        assertThat(week(env).population18plus()).extracting(WeekProperties.DatedTotal::total).containsExactly(1_357_300L,
                1_245_100L);
    }

    @Test
    void aProfileIsNamedByItsFolderOrGivenAsAPathOrInTheEnvironment() throws IOException {
        Path home = temp.resolve("office");
        profile(home.resolve("profiles/dong-nai"), "75", "");
        Path elsewhere = profile(temp.resolve("etc/briefing/gia-lai"), "64", "");

        assertThat(properties(environment(Map.of(), "--briefing.home=" + home, "--briefing.profile=dong-nai")).scope())
            .isEqualTo("75");
        assertThat(properties(environment(Map.of(), "--briefing.profile=" + elsewhere)).profile()).isEqualTo(elsewhere);
        StandardEnvironment fromEnvironment = environment(Map.of("BRIEFING_PROFILE", elsewhere.toString()));
        assertThat(properties(fromEnvironment).scope()).isEqualTo("64");
        assertThat(properties(fromEnvironment).notesFolder()).isEqualTo(elsewhere.resolve("notes"));
        assertThat(properties(fromEnvironment).templateLayers()).containsExactly(Briefing.PROJECT.resolve("templates"),
                elsewhere);
    }

    @Test
    void theProfileOverridesTheDefaultsAndTheCommandLineAndAnOfficesOwnFileOverrideTheProfile() throws IOException {
        Path profile = profile(temp.resolve("dong-nai"), "75", """
                  week:
                    chart-days: 28
                    cutoff-hour: 17
                """);
        Path own = Files.writeString(temp.resolve("office.yml"), "briefing:\n  week:\n    chart-days: 42\n");

        StandardEnvironment env = environment(Map.of(), "--briefing.profile=" + profile);
        assertThat(week(env).chartDays()).isEqualTo(28);
        assertThat(week(env).days()).as("application.yml's default").isEqualTo(7);
        assertThat(week(env).population18plus()).as("another province's figures never").isNullOrEmpty();
        assertThat(week(environment(Map.of(), "--briefing.profile=" + profile, "--briefing.week.cutoff-hour=16"))
            .cutoffHour()).isEqualTo(16);
        assertThat(week(environment(Map.of(), "--briefing.profile=" + profile,
                "--spring.config.additional-location=file:" + own)).chartDays()).isEqualTo(42);
    }

    @Test
    void aScopeThatIsNotTheProfilesOwnStopsTheRunInOneLine() {
        assertThatThrownBy(() -> environment(Map.of(), "--briefing.scope=74"))
            .hasStackTraceContaining("briefing.scope 74 is not the scope of the profile 'dong-thap' (87)")
            .hasStackTraceContaining("bin/briefing profile new --province 74");
        assertThatThrownBy(() -> environment(Map.of("BRIEFING_SCOPE", "74")))
            .hasStackTraceContaining("briefing.scope 74 is not the scope of the profile 'dong-thap' (87)");
        assertThat(properties(environment(Map.of(), "--briefing.scope=87")).scope()).as("its own scope, said again")
            .isEqualTo("87");
    }

    @Test
    void aProfileThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> environment(Map.of(), "--briefing.profile=dong-nia"))
            .hasStackTraceContaining("the profile 'dong-nia' has no " + Briefing.PROJECT.resolve("profiles/dong-nia/profile.yml"))
            .hasStackTraceContaining("bin/briefing profile new --province");
    }

    private static Path profile(Path folder, String scope, String more) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("profile.yml"), "briefing:\n  scope: \"" + scope + "\"\n" + more);
        return folder;
    }

    /** The environment a run would have, loaded the way Spring Boot loads it (as the launcher does before it starts). */
    private static StandardEnvironment environment(Map<String, Object> variables, String... args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("--briefing.home="))) {
            all.add("--briefing.home=" + Briefing.PROJECT); // as the launcher gives it
        }
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(all.toArray(String[]::new)));
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        return env;
    }

    private static BriefingProperties properties(StandardEnvironment env) {
        return Binder.get(env).bind("briefing", BriefingProperties.class).get();
    }

    private static WeekProperties week(StandardEnvironment env) {
        return Binder.get(env).bind("briefing.week", WeekProperties.class).get();
    }
}
