package vn.covid.briefing;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.covid.briefing.runs.Launcher;
import vn.covid.briefing.system.SharedClassMetadata;

/**
 * The weekly COVID-19 briefing system. {@code main} returns the subcommand's exit code to the shell so
 * that cron sees it; see {@link Launcher} for the order of things (usage, lock, application, command).
 */
@SpringBootApplication
public class BriefingApplication {

    public static void main(String[] args) {
        System.exit(Launcher.launch(BriefingApplication::start, args));
    }

    static ConfigurableApplicationContext start(List<String> springArgs) {
        SpringApplication application = new SpringApplication(BriefingApplication.class);
        // no close-on-SIGTERM behind a running job's back: a killed run is recovered like a crash, and
        // `schedule` finishes its current run before it lets the JVM go
        application.setRegisterShutdownHook(false);
        application.addInitializers(new SharedClassMetadata());
        return application.run(springArgs.toArray(String[]::new));
    }

}
