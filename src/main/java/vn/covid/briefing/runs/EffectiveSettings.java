package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.covid.briefing.system.BriefingProperties;

/**
 * The settings a run will have, known before the application starts: which database (to lock it or to
 * reach it through the run that has it open) and which output folder. Spring Boot's own configuration
 * loading (application.yml, environment variables, {@code --name=value}), so they are the same the
 * application then sees.
 */
record EffectiveSettings(ConfigurableEnvironment environment) {

    static EffectiveSettings of(List<String> springArguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources()
            .addFirst(new SimpleCommandLinePropertySource(springArguments.toArray(String[]::new)));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return new EffectiveSettings(environment);
    }

    String databaseUrl() {
        return environment.getProperty("spring.datasource.url");
    }

    Path output() {
        return properties().output().toAbsolutePath().normalize();
    }

    BriefingProperties properties() {
        return Binder.get(environment).bind("briefing", BriefingProperties.class)
            .orElseThrow(() -> new IllegalStateException("no briefing settings (application.yml is missing)"));
    }
}
