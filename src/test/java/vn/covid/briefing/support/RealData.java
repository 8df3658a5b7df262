package vn.covid.briefing.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real public data beside the project ({@code ../shared/realdata}); tests that need it skip without it. */
public final class RealData {

    public static final Path FOLDER = Briefing.PROJECT.resolve("../shared/realdata");

    private RealData() {
    }

    public static void assumePresent() {
        assumeTrue(Files.isDirectory(FOLDER), "../shared/realdata is not beside the project");
    }
}
