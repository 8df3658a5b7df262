package vn.covid.briefing.runs;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.system.BriefingProperties;

/**
 * The application as far as {@code status} needs it: settings, the database and the run record. No migrations, jobs, templates or PDF machinery: starting those is most of what made
 * {@code status} take four seconds (docs/benchmarks.md). Not a {@code @Configuration}, so the full
 * application's component scan leaves it out.
 */
@EnableConfigurationProperties({ BriefingProperties.class, DataSourceProperties.class })
@Import({ CommandRuns.class, StatusCommand.class })
final class StatusApplication {

    private StatusApplication() {
    }

    @Bean
    RunLockView runLockView(DataSourceProperties properties) {
        return new RunLockView(properties.determineUrl());
    }

    /**
     * The pool as Spring Boot makes it (spring.datasource.*), without the auto-configuration's many
     * conditions; an H2 database is read through the run that has it open, if one does. It connects on
     * first use, after {@link StatusCommand} has checked that there is a database.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, RunLockView database) {
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class)
            .url(database.readerUrl()).build();
        if (database.isH2()) {
            dataSource.setInitializationFailTimeout(Launcher.H2_READER_WAIT_MILLIS); // another reader has the file
        }
        return dataSource;
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    static ConfigurableApplicationContext start(List<String> springArgs) {
        SpringApplication application = new SpringApplication(StatusApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setRegisterShutdownHook(false);
        return application.run(springArgs.toArray(String[]::new));
    }
}
