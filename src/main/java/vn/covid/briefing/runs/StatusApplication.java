package vn.covid.briefing.runs;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.system.BriefingProperties;

/**
 * The application as far as {@code status} needs it: settings, the database, the reference data and the
 * run record. No migrations, jobs, templates or PDF machinery: starting those is most of what made
 * {@code status} take four seconds (docs/benchmarks.md). Not a {@code @Configuration}, so the full
 * application's component scan leaves it out.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class })
@EnableConfigurationProperties(BriefingProperties.class)
@Import({ ReferenceData.class, CommandRuns.class, StatusCommand.class })
final class StatusApplication {

    private StatusApplication() {
    }

    /** @param runLock who holds the database's run lock: what status shows as running */
    static ConfigurableApplicationContext start(List<String> springArgs, RunLockView runLock) {
        SpringApplication application = new SpringApplication(StatusApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setRegisterShutdownHook(false);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("runLockView", runLock));
        return application.run(springArgs.toArray(String[]::new));
    }
}
