package vn.covid.briefing.support;

import java.io.IOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.system.BriefingProperties;

/**
 * The shipped application.yml with the shipped sample's profile over it (profiles/dong-thap/profile.yml),
 * bound as the application binds them, for tests that need no database.
 */
public final class Configuration {

    private Configuration() {
    }

    private static Binder binder() {
        try {
            StandardEnvironment env = new StandardEnvironment();
            new YamlPropertySourceLoader().load("profile", new FileSystemResource(Briefing.SAMPLE_PROFILE.resolve("profile.yml")))
                .forEach(env.getPropertySources()::addLast);
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(env.getPropertySources()::addLast);
            return Binder.get(env);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static AssessmentProperties assessment() {
        return binder().bind("briefing.assessment", AssessmentProperties.class).get();
    }

    public static WeekProperties week() {
        return binder().bind("briefing.week", WeekProperties.class).get();
    }

    /** The installation's settings (home, scope, zone, …) as shipped: home is the project folder. */
    public static BriefingProperties briefing() {
        return binder().bind("briefing", BriefingProperties.class).get();
    }
}
