package dev.warden.agent.instrument;

import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Matches class loaders that can see a given class, e.g. LangChain4j's {@code DocumentSplitter}.
 * Checked once per loader and cached, so that the costly supertype walk runs only where the
 * instrumented library is present (the OpenTelemetry "classLoaderHasClasses" idea).
 */
public final class ClassLoaderHas extends ElementMatcher.Junction.AbstractBase<ClassLoader> {

    private final String resourceName;
    private final Map<ClassLoader, Boolean> seen = new WeakHashMap<>();

    private ClassLoaderHas(String className) {
        this.resourceName = className.replace('.', '/') + ".class";
    }

    public static ClassLoaderHas classNamed(String className) {
        return new ClassLoaderHas(className);
    }

    @Override
    public synchronized boolean matches(ClassLoader loader) {
        if (loader == null) {
            return ClassLoader.getSystemClassLoader().getParent().getResource(resourceName) != null;
        }
        return seen.computeIfAbsent(loader, l -> l.getResource(resourceName) != null);
    }
}
