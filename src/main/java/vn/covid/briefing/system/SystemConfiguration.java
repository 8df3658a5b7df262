package vn.covid.briefing.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.indicators.WeekProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ BriefingProperties.class, WeekProperties.class, AssessmentProperties.class })
class SystemConfiguration {

    /** The office's clock: "today" and "in the future" are judged in Vietnam's time zone. */
    @Bean
    Clock clock(BriefingProperties properties) {
        return Clock.system(properties.zone());
    }
}
