package vn.covid.briefing.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.ConfigurationClassPostProcessor;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.SampleDatabase;

/** Every application the process starts reads its configuration classes through the one cache. */
class SharedClassMetadataTests {

    @TempDir
    Path temp;

    @Test
    void twoApplicationsReadTheirClassesThroughTheSharedCache() throws Exception {
        // Spring clears a CachingMetadataReaderFactory it is given once it has read an application's classes
        assertThat(SharedClassMetadata.shared()).isNotInstanceOf(CachingMetadataReaderFactory.class);
        for (int i = 1; i <= 2; i++) {
            Path dir = Files.createDirectories(temp.resolve("app-" + i));
            Briefing briefing = new Briefing(Files.createDirectories(dir.resolve("inbox")), dir.resolve("out"),
                    Database.H2.freshUrl(dir));
            try (ConfigurableApplicationContext context = SampleDatabase.context(briefing)) {
                Object processor = context.getBean(AnnotationConfigUtils.CONFIGURATION_ANNOTATION_PROCESSOR_BEAN_NAME);
                // what Spring Boot gave the configuration-class processor: ours, not a cache of its own
                java.lang.reflect.Field factory = ConfigurationClassPostProcessor.class.getDeclaredField("metadataReaderFactory");
                factory.setAccessible(true);
                assertThat(factory.get(processor)).isSameAs(SharedClassMetadata.shared());
            }
        }
    }
}
