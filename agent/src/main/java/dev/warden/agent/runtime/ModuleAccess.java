package dev.warden.agent.runtime;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;

/**
 * Grants Warden's own class loader the JDK internals Chronicle Queue needs, so that users add no
 * {@code --add-exports}/{@code --add-opens} flags (CHRONICLE.md: without {@code sun.nio.ch} the
 * queue silently turns read-only; without the rest it fails to map files). Only Warden's unnamed
 * module gains access, not the application.
 */
public final class ModuleAccess {

    private ModuleAccess() {
    }

    public static void openJdkInternalsTo(Instrumentation instrumentation, ClassLoader wardenLoader) {
        Module javaBase = Object.class.getModule();
        Set<Module> warden = Set.of(wardenLoader.getUnnamedModule());
        instrumentation.redefineModule(javaBase,
            Set.of(),
            Map.of("sun.nio.ch", warden, "jdk.internal.ref", warden, "jdk.internal.misc", warden),
            Map.of("java.lang.reflect", warden, "java.nio", warden, "java.lang", warden),
            Set.of(),
            Map.of());
    }
}
