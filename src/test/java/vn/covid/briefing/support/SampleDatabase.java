package vn.covid.briefing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import vn.covid.briefing.BriefingApplicationAccess;

/**
 * The shipped sample, ingested once per database kind and test JVM, for the tests that only read it
 * (indicators, briefings). Tests that change data make their own database.
 */
public final class SampleDatabase {

    private static final Map<Database, Briefing> LOADED = new EnumMap<>(Database.class);

    private SampleDatabase() {
    }

    public static synchronized Briefing of(Database database) {
        return LOADED.computeIfAbsent(database, SampleDatabase::fresh);
    }

    /** The sample ingested into a database of its own, for a test that issues editions others would see. */
    public static Briefing fresh(Database d) {
        try {
            Path temp = Files.createTempDirectory("sample-" + d.name().toLowerCase());
            Briefing b = new Briefing(Briefing.PROJECT.resolve("input"), temp.resolve("out"), d.freshUrl(temp));
            Briefing.Result r = b.run("ingest");
            if (r.exitCode() != 3) {
                throw new IllegalStateException("the sample did not ingest: " + r.err());
            }
            return b;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application on that database, as the launcher starts it (close it after use). */
    public static ConfigurableApplicationContext context(Briefing briefing, String... settings) {
        List<String> args = new ArrayList<>(List.of(settings));
        for (String fallback : List.of("--spring.datasource.url=" + briefing.dbUrl(), "--briefing.input=" + briefing.input(),
                "--briefing.output=" + briefing.output(), "--briefing.home=" + Briefing.PROJECT)) {
            String key = fallback.substring(0, fallback.indexOf('=') + 1);
            if (args.stream().noneMatch(a -> a.startsWith(key))) {
                args.add(fallback);
            }
        }
        return BriefingApplicationAccess.start(args);
    }
}
