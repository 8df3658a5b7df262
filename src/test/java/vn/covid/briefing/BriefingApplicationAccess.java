package vn.covid.briefing;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/** Lets tests start the application exactly as main does. */
public final class BriefingApplicationAccess {

    private BriefingApplicationAccess() {
    }

    public static ConfigurableApplicationContext start(List<String> springArgs) {
        return BriefingApplication.start(springArgs);
    }
}
