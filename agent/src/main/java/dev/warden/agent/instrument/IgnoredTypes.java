package dev.warden.agent.instrument;

import java.security.ProtectionDomain;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.utility.JavaModule;

/**
 * The classes Warden never instruments, decided in order of cost: anything Warden's own loader
 * defines (its copies of Chronicle, Nimbus, Byte Buddy: a loader comparison), then names (a string
 * prefix; Byte Buddy knows the name without parsing the class), and only then what needs the class
 * file parsed (synthetic classes).
 *
 * <p>Byte Buddy's default ignores every bootstrap class. This one names what to skip instead, so
 * JDK types that carry data ({@code java.net.http}, {@code java.sql}, {@code HttpServer}) stay
 * reachable.
 */
final class IgnoredTypes implements AgentBuilder.RawMatcher {

    private static final List<String> PREFIXES = List.of(
        "net.bytebuddy.",
        // Warden's own packages only: applications may live under dev.warden too (the samples do).
        "dev.warden.agent.", "dev.warden.bootstrap.", "dev.warden.launcher.", "dev.warden.policy.",
        "jdk.internal.", "sun.", "java.lang.", "java.util.", "java.io.", "java.nio.", "java.security.", "java.time.",
        "java.math.", "com.sun.proxy.");

    /** Classes under those prefixes that an instrumentation advises all the same (lambda linking). */
    private static final String LAMBDA_METAFACTORY = "java.lang.invoke.LambdaMetafactory";

    /** The name the launcher gives Warden's isolated loader ({@code dev.warden.launcher.IsolatedClassLoader}). */
    static final String WARDEN_LOADER_NAME = "warden";

    /** Warden's isolated loader, or null when Warden runs on a shared loader (unit tests): never skip those. */
    private final ClassLoader wardenLoader;

    IgnoredTypes(ClassLoader ownLoader) {
        this.wardenLoader = ownLoader != null && WARDEN_LOADER_NAME.equals(ownLoader.getName()) ? ownLoader : null;
    }

    @Override
    public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module, Class<?> classBeingRedefined,
                           ProtectionDomain protectionDomain) {
        return ignoresLoader(loader) || ignoresName(type.getName()) || type.isSynthetic();
    }

    /** Whether {@code loader} is Warden's own isolated loader. */
    boolean ignoresLoader(ClassLoader loader) {
        return loader != null && loader == wardenLoader;
    }

    /** Whether a class of this binary name is never instrumented, whatever it is. */
    static boolean ignoresName(String name) {
        if (name.equals(LAMBDA_METAFACTORY)) {
            return false;
        }
        for (int i = 0, n = PREFIXES.size(); i < n; i++) {
            if (name.startsWith(PREFIXES.get(i))) {
                return true;
            }
        }
        return false;
    }
}
