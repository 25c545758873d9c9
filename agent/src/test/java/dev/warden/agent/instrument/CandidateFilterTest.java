package dev.warden.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;

/** The filter in front of Byte Buddy never withholds a class the matchers would have matched. */
class CandidateFilterTest {

    private static final ClassLoader APP = CandidateFilterTest.class.getClassLoader();
    private static final List<String> TARGETS = List.of("java.util.Collection", "java.io.Closeable",
        "com.fasterxml.jackson.databind.JsonDeserializer", "com.sun.net.httpserver.HttpHandler");

    private static CandidateFilter filter(ClassLoader wardenLoader, List<String> targets) {
        return new CandidateFilter(new IgnoredTypes(wardenLoader), List.of(() -> targets));
    }

    @Test
    void overAWholeLibraryItPassesExactlyTheSubtypesOfTheTargets() throws Exception {
        Path jar = Path.of(com.fasterxml.jackson.databind.JsonDeserializer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        CandidateFilter filter = filter(APP, TARGETS);
        TypePool pool = TypePool.Default.of(ClassFileLocator.ForClassLoader.of(APP));
        int passed = 0;
        int classes = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String path = entry.getName();
                if (!path.endsWith(".class") || path.contains("-") || path.startsWith("META-INF")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = file.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                boolean subtype = TARGETS.stream().anyMatch(t -> SuperTypes.isSubtypeOf(pool.describe(name).resolve(), t));
                boolean candidate = filter.candidate(APP, name.replace('.', '/'), null, bytes);
                assertEquals(subtype, candidate, name);
                classes++;
                passed += candidate ? 1 : 0;
            }
        }
        assertTrue(classes > 500 && passed > 50 && passed < classes / 2, passed + " of " + classes + " passed");
    }

    @Test
    void retransformationsAlwaysReachByteBuddy() throws Exception {
        byte[] bytes = ClassHeaderTest.classFile(String.class);

        assertTrue(filter(APP, List.of()).candidate(APP, "java/lang/String", String.class, bytes),
            "a policy reload retransforms with the policy now in force; the filter must not second-guess it");
    }

    @Test
    void wardensOwnLoaderAndIgnoredNamesNeverReachByteBuddy() throws Exception {
        byte[] handlerLike = ClassHeaderTest.classFile(java.util.ArrayList.class);
        try (URLClassLoader warden = new URLClassLoader(IgnoredTypes.WARDEN_LOADER_NAME, new URL[0], null)) {
            assertFalse(filter(warden, TARGETS).candidate(warden, "com/example/Anything", null, handlerLike));
        }
        assertFalse(filter(APP, TARGETS).candidate(APP, "dev/warden/agent/session/SessionDispatcher", null, handlerLike));
        assertTrue(filter(APP, TARGETS).candidate(APP, "java/util/ArrayList".replace("java/util", "com/example"), null, handlerLike),
            "the header, not the name, says it is a Collection");
    }

    @Test
    void bytesThatCannotBeReadGoToByteBuddy() {
        assertTrue(filter(APP, TARGETS).candidate(APP, "com/example/Broken", null, new byte[] {1, 2, 3}));
    }

    @Test
    void targetsAreReadOnEveryClassSoAReloadThatNamesATypeIsFollowed() throws Exception {
        java.util.concurrent.atomic.AtomicReference<List<String>> targets = new java.util.concurrent.atomic.AtomicReference<>(List.of());
        CandidateFilter filter = new CandidateFilter(new IgnoredTypes(APP), List.of(targets::get));
        byte[] list = ClassHeaderTest.classFile(java.util.ArrayList.class);

        assertFalse(filter.candidate(APP, "com/example/List", null, list));
        targets.set(List.of("java.util.RandomAccess"));
        assertTrue(filter.candidate(APP, "com/example/List", null, list));
    }
}
