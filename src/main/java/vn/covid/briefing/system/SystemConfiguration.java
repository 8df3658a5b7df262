package vn.covid.briefing.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BriefingProperties.class)
class SystemConfiguration {

    /** The office's clock: "today" and "in the future" are judged in Vietnam's time zone. */
    @Bean
    Clock clock(BriefingProperties properties) {
        return Clock.system(properties.zone());
    }
}
