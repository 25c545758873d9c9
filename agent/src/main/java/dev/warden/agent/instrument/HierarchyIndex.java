package dev.warden.agent.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;

/**
 * The direct supertypes of classes as their class files declare them, per class loader, read from
 * class file headers only ({@link ClassHeader}) and kept (bounded, least recently used out; loaders
 * held weakly). Answers whether a class could be, extend or implement a type an instrumentation
 * names, before Byte Buddy parses anything.
 */
final class HierarchyIndex {

    static final int TYPES_PER_LOADER = 4096;
    /** A supertype whose class file could not be read: nothing can be ruled out through it. */
    private static final List<String> UNREADABLE = List.of();

    private final Map<ClassLoader, Map<String, List<String>>> byLoader = new WeakHashMap<>();
    private final Map<String, List<String>> bootstrap = lru();

    /**
     * False only when sure: the class and every supertype on the way up were read, and none is a
     * target. A supertype that cannot be read makes the answer true (let the full matcher decide).
     */
    boolean mayReach(ClassLoader loader, ClassHeader type, Predicate<String> target) {
        if (target.test(type.name())) {
            return true;
        }
        ArrayDeque<String> pending = new ArrayDeque<>(type.supertypes());
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.poll();
            if (target.test(name)) {
                return true;
            }
            if (name.equals("java.lang.Object") || !seen.add(name)) {
                continue;
            }
            List<String> supertypes = supertypesOf(loader, name);
            if (supertypes == UNREADABLE) {
                return true;
            }
            pending.addAll(supertypes);
        }
        return false;
    }

    private List<String> supertypesOf(ClassLoader loader, String name) {
        Map<String, List<String>> known = cacheOf(loader);
        synchronized (known) {
            List<String> cached = known.get(name);
            if (cached != null) {
                return cached;
            }
        }
        List<String> read = read(loader, name);
        synchronized (known) {
            known.put(name, read);
        }
        return read;
    }

    private Map<String, List<String>> cacheOf(ClassLoader loader) {
        if (loader == null) {
            return bootstrap;
        }
        synchronized (byLoader) {
            return byLoader.computeIfAbsent(loader, l -> lru());
        }
    }

    /** As the loader would find it: through its resources, the platform loader's for the bootstrap. */
    private static List<String> read(ClassLoader loader, String name) {
        ClassLoader finder = loader != null ? loader : ClassLoader.getPlatformClassLoader();
        try (InputStream in = finder.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                return UNREADABLE;
            }
            ClassHeader header = ClassHeader.read(in.readAllBytes());
            return header == null || !header.name().equals(name) ? UNREADABLE : header.supertypes();
        } catch (IOException | RuntimeException e) {
            return UNREADABLE;
        }
    }

    private static Map<String, List<String>> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                return size() > TYPES_PER_LOADER;
            }
        };
    }

    /** Entries held for {@code loader} (tests). */
    int size(ClassLoader loader) {
        Map<String, List<String>> known = cacheOf(loader);
        synchronized (known) {
            return known.size();
        }
    }
}
