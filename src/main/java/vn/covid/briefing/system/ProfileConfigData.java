package vn.covid.briefing.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.config.ConfigData;
import org.springframework.boot.context.config.ConfigDataLoader;
import org.springframework.boot.context.config.ConfigDataLoaderContext;
import org.springframework.boot.context.config.ConfigDataLocation;
import org.springframework.boot.context.config.ConfigDataLocationResolver;
import org.springframework.boot.context.config.ConfigDataLocationResolverContext;
import org.springframework.boot.context.config.ConfigDataResource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The province profile's {@code profile.yml} as a Spring Boot config import: application.yml says
 * {@code spring.config.import: "briefing-profile:"}, and this resolves it to
 * {@code <briefing.profile>/profile.yml} (a folder name under {@code <briefing.home>/profiles/}, or a path).
 *
 * <p>Why an import rather than the launcher adding a config location: every way the application starts
 * (bin/briefing, the settings the launcher reads before it starts, status, tests) goes through Spring
 * Boot's config loading, so all of them see the same profile; and an import ranks exactly where a
 * province's settings belong: above application.yml's neutral defaults, below an office's own file
 * ({@code spring.config.additional-location}), the environment and the command line.
 *
 * <p>A province's facts (its 18+ population, its targets) must never be applied to another: a scope
 * given from outside the profile (command line, environment) that is not the profile's own stops the
 * run before anything is read.
 */
public final class ProfileConfigData {

    /** The import's prefix in application.yml. */
    public static final String PREFIX = "briefing-profile:";

    /** The name of the profile's property source: "briefing profile dong-thap (/srv/briefing/profiles/dong-thap/profile.yml)". */
    public static final String SOURCE_PREFIX = "briefing profile ";

    private ProfileConfigData() {
    }

    /** One profile's settings file, with the scope the run was given before the profile was read (if any). */
    public static final class Resource extends ConfigDataResource {

        private final String name;
        private final Path file;
        private final String scopeGiven;

        Resource(String name, Path file, String scopeGiven) {
            this.name = name;
            this.file = file;
            this.scopeGiven = scopeGiven;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Resource r && r.file.equals(file);
        }

        @Override
        public int hashCode() {
            return file.hashCode();
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    public static final class Resolver implements ConfigDataLocationResolver<Resource> {

        @Override
        public boolean isResolvable(ConfigDataLocationResolverContext context, ConfigDataLocation location) {
            return location.hasPrefix(PREFIX);
        }

        @Override
        public List<Resource> resolve(ConfigDataLocationResolverContext context, ConfigDataLocation location) {
            Binder binder = context.getBinder();
            // as text: Spring reads a relative Path as a classpath folder when one of that name exists
            Path home = Path.of(binder.bind("briefing.home", String.class).orElse("."));
            String profile = binder.bind("briefing.profile", String.class).orElse("dong-thap");
            Path folder = BriefingProperties.profileFolder(home, profile);
            Path file = folder.resolve("profile.yml");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("the profile '" + profile + "' has no " + file + (Files.isDirectory(folder)
                        ? "" : " (no such folder; bin/briefing profile new --province <code> makes one)"));
            }
            return List.of(new Resource(profile, file, binder.bind("briefing.scope", String.class).orElse(null)));
        }
    }

    public static final class Loader implements ConfigDataLoader<Resource> {

        @Override
        public ConfigData load(ConfigDataLoaderContext context, Resource resource) throws IOException {
            List<PropertySource<?>> sources;
            try {
                sources = new YamlPropertySourceLoader().load(SOURCE_PREFIX + resource.name + " (" + resource.file + ")",
                        new FileSystemResource(resource.file));
            }
            catch (IllegalStateException | IOException e) {
                throw new IllegalStateException(resource.file + ": not valid YAML: "
                        + Objects.toString(e.getMessage(), e.toString()).lines().findFirst().orElse(""), e);
            }
            Object scope = sources.stream().map(s -> s.getProperty("briefing.scope")).filter(Objects::nonNull)
                .findFirst().orElse(null);
            if (scope == null) {
                throw new IllegalStateException(resource.file + " has no briefing.scope (the province code, e.g. \"75\")");
            }
            if (resource.scopeGiven != null && !resource.scopeGiven.equals(scope.toString())) {
                throw new IllegalStateException("briefing.scope " + resource.scopeGiven + " is not the scope of the profile '"
                        + resource.name + "' (" + scope + "): a province's figures come from its own profile; give its "
                        + "profile instead (--profile <id>; bin/briefing profile new --province " + resource.scopeGiven
                        + " makes one)");
            }
            return new ConfigData(sources);
        }
    }
}
