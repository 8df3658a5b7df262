package vn.covid.briefing.system;

import java.io.IOException;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One cache of the application's class files (what Spring reads of each configuration and component class
 * before it makes the beans) for every application the process starts: a run of many profiles starts one
 * per profile, and reading the same classes again was a few per cent of a night with nothing to do (the
 * component scan still reads them through a cache of its own).
 * <p>
 * Spring Boot keeps that cache per application, in a bean of this name, which it makes only when the
 * application has none; if a later Boot names it otherwise, each application simply reads the classes
 * again, as before (SharedClassMetadataTests would say so).
 */
public final class SharedClassMetadata implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name Spring Boot's SharedMetadataReaderFactoryContextInitializer gives its cache (package-private there). */
    public static final String BOOT_BEAN = "org.springframework.boot.autoconfigure.internalCachingMetadataReaderFactory";

    private static final MetadataReaderFactory SHARED = new Shared();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context instanceof GenericApplicationContext generic && !generic.containsBeanDefinition(BOOT_BEAN)) {
            generic.registerBean(BOOT_BEAN, MetadataReaderFactory.class, () -> SHARED);
        }
    }

    /** The cache every application started with this initializer shares. */
    public static MetadataReaderFactory shared() {
        return SHARED;
    }

    /**
     * Spring's cache behind a plain factory: Spring clears a {@link CachingMetadataReaderFactory} it is given
     * once it has read an application's configuration, which here would throw away what the next profile
     * needs. Kept in the resource loader's own map, without the limit of 256 classes of a factory made on a
     * class loader.
     */
    private static final class Shared implements MetadataReaderFactory {

        private final CachingMetadataReaderFactory cache = new CachingMetadataReaderFactory(
                new DefaultResourceLoader(SharedClassMetadata.class.getClassLoader()));

        @Override
        public MetadataReader getMetadataReader(String className) throws IOException {
            return cache.getMetadataReader(className);
        }

        @Override
        public MetadataReader getMetadataReader(Resource resource) throws IOException {
            return cache.getMetadataReader(resource);
        }

        @Override
        public ResourceLoader getResourceLoader() {
            return cache.getResourceLoader();
        }
    }
}
