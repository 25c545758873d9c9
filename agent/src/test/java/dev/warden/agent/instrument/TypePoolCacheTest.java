package dev.warden.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URL;
import java.net.URLClassLoader;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;

class TypePoolCacheTest {

    private static TypePool.Resolution resolution(String name) {
        return new TypePool.Resolution.Simple(new TypeDescription.Latent(name, 0, null));
    }

    @Test
    void eachLoaderHasItsOwnCacheAndKeepsIt() throws Exception {
        TypePoolCache cache = new TypePoolCache();
        try (URLClassLoader one = new URLClassLoader(new URL[0], null); URLClassLoader two = new URLClassLoader(new URL[0], null)) {
            assertSame(cache.locate(one), cache.locate(one));
            assertNotSame(cache.locate(one), cache.locate(two));
            assertSame(cache.locate(null), cache.locate(null));
            assertNotSame(cache.locate(null), cache.locate(one));
        }
    }

    @Test
    void aSupertypeParsedForOneClassIsNotParsedAgainForTheNext() {
        TypePoolCache cache = new TypePoolCache();
        CountingLocator locator = new CountingLocator(ClassFileLocator.ForClassLoader.ofSystemLoader());
        ClassLoader app = TypePoolCacheTest.class.getClassLoader();

        TypePool first = cache.typePool(locator, app, "first.Transformed");
        first.describe(java.util.AbstractList.class.getName()).resolve().getSuperClass().asErasure().getName();
        int reads = locator.reads;
        TypePool second = cache.typePool(locator, app, "second.Transformed");
        second.describe(java.util.AbstractList.class.getName()).resolve().getSuperClass().asErasure().getName();

        assertEquals(reads, locator.reads, "the second class's lookups were answered from the cache");
    }

    @Test
    void theCacheOfOneLoaderIsBoundedAndDropsTheLeastRecentlyUsedFirst() {
        TypePoolCache.Bounded bounded = new TypePoolCache.Bounded(3);
        bounded.register("a", resolution("a"));
        bounded.register("b", resolution("b"));
        bounded.register("c", resolution("c"));
        bounded.find("a");
        bounded.register("d", resolution("d"));

        assertEquals(3, bounded.size());
        assertNull(bounded.find("b"), "b was used least recently");
        assertEquals("a", bounded.find("a").resolve().getName());
    }

    @Test
    void registeringTheSameNameTwiceKeepsTheFirstResolution() {
        TypePoolCache.Bounded bounded = new TypePoolCache.Bounded(4);
        TypePool.Resolution first = resolution("a");

        assertSame(first, bounded.register("a", first));
        assertSame(first, bounded.register("a", resolution("a")));
    }

    /** Counts the class files actually read. */
    private static final class CountingLocator implements ClassFileLocator {
        private final ClassFileLocator delegate;
        int reads;

        CountingLocator(ClassFileLocator delegate) {
            this.delegate = delegate;
        }

        @Override
        public Resolution locate(String name) throws java.io.IOException {
            reads++;
            return delegate.locate(name);
        }

        @Override
        public void close() throws java.io.IOException {
            delegate.close();
        }
    }
}
