package dev.warden.agent.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.pool.TypePool;

/**
 * Type descriptions shared between transformations, per class loader. Byte Buddy's default pool
 * strategy parses every supertype again for every class the application loads (reading its class
 * file through the loader each time): measured, that was most of the ≈0.6 s the matchers added to
 * the sample service's start. Bounded per loader (least recently used first out), and loaders are
 * held weakly; the locators are weak too ({@code LocationStrategy.ForClassLoader.WEAK}), so a cached
 * description never keeps an application's class loader alive.
 */
final class TypePoolCache extends AgentBuilder.PoolStrategy.WithTypePoolCache {

    /** Enough for the supertypes a library's classes share; a description is at most a few KiB. */
    static final int TYPES_PER_LOADER = 2048;

    private final Map<ClassLoader, TypePool.CacheProvider> byLoader = new WeakHashMap<>();
    private final TypePool.CacheProvider bootstrap = new Bounded(TYPES_PER_LOADER);

    TypePoolCache() {
        super(TypePool.Default.ReaderMode.FAST);
    }

    @Override
    protected TypePool.CacheProvider locate(ClassLoader loader) {
        if (loader == null) {
            return bootstrap;
        }
        synchronized (byLoader) {
            return byLoader.computeIfAbsent(loader, l -> new Bounded(TYPES_PER_LOADER));
        }
    }

    /** A least-recently-used cache of type resolutions. */
    static final class Bounded implements TypePool.CacheProvider {

        private final Map<String, TypePool.Resolution> entries;

        Bounded(int capacity) {
            this.entries = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TypePool.Resolution> eldest) {
                    return size() > capacity;
                }
            };
        }

        @Override
        public synchronized TypePool.Resolution find(String name) {
            return entries.get(name);
        }

        @Override
        public synchronized TypePool.Resolution register(String name, TypePool.Resolution resolution) {
            TypePool.Resolution known = entries.putIfAbsent(name, resolution);
            return known == null ? resolution : known;
        }

        @Override
        public synchronized void clear() {
            entries.clear();
        }

        synchronized int size() {
            return entries.size();
        }
    }
}
