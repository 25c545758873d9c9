package dev.warden.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.Test;

class IgnoredTypesTest {

    private static final ClassLoader APP = IgnoredTypesTest.class.getClassLoader();

    /** A type of which only the name is known: asking anything else fails the test. */
    private static TypeDescription nameOnly(String name) {
        return new TypeDescription.Latent(name, 0, null) {
            @Override
            public int getModifiers() {
                throw new AssertionError("the class file of " + name + " was parsed");
            }
        };
    }

    private static TypeDescription plain(String name) {
        return new TypeDescription.Latent(name, 0, null);
    }

    private static boolean ignored(IgnoredTypes ignore, TypeDescription type, ClassLoader loader) {
        return ignore.matches(type, loader, null, null, null);
    }

    @Test
    void everythingWardensIsolatedLoaderDefinesIsSkippedOnTheLoaderAlone() throws Exception {
        try (URLClassLoader warden = new URLClassLoader(IgnoredTypes.WARDEN_LOADER_NAME, new URL[0], null)) {
            IgnoredTypes ignore = new IgnoredTypes(warden);

            assertTrue(ignored(ignore, nameOnly("net.openhft.chronicle.queue.ChronicleQueue"), warden));
            assertTrue(ignored(ignore, nameOnly("com.nimbusds.jose.JWSObject"), warden));
            assertFalse(ignored(ignore, plain("net.openhft.chronicle.queue.ChronicleQueue"), APP),
                "the application's own copy of a library Warden also ships is still a candidate");
        }
    }

    @Test
    void anotherLoaderThatHappensToBeNamedWardenIsNotSkipped() throws Exception {
        try (URLClassLoader ours = new URLClassLoader(IgnoredTypes.WARDEN_LOADER_NAME, new URL[0], null);
             URLClassLoader impostor = new URLClassLoader(IgnoredTypes.WARDEN_LOADER_NAME, new URL[0], null)) {
            assertFalse(ignored(new IgnoredTypes(ours), plain("com.example.Splitter"), impostor));
        }
    }

    @Test
    void whenWardenSharesTheApplicationsLoaderOnlyNamesDecide() {
        IgnoredTypes ignore = new IgnoredTypes(APP); // unit tests and probes: one loader for everything

        assertFalse(ignored(ignore, plain("dev.warden.testapp.Greeter"), APP));
        assertTrue(ignored(ignore, nameOnly("dev.warden.agent.session.SessionDispatcher"), APP));
    }

    @Test
    void wardensOwnPackagesAndJdkInternalsAreSkippedByNameWithoutParsing() {
        IgnoredTypes ignore = new IgnoredTypes(APP);

        for (String name : new String[] {"net.bytebuddy.asm.Advice", "dev.warden.bootstrap.WardenHooks",
            "dev.warden.launcher.AgentLauncher", "dev.warden.policy.PolicySet", "java.lang.String", "java.util.HashMap",
            "jdk.internal.misc.Unsafe", "sun.nio.ch.FileChannelImpl", "com.sun.proxy.$Proxy12"}) {
            assertTrue(ignored(ignore, nameOnly(name), null), name);
        }
    }

    @Test
    void jdkTypesThatCarryDataTheLambdaFactoryAndApplicationsUnderDevWardenStayReachable() {
        IgnoredTypes ignore = new IgnoredTypes(APP);

        for (String name : new String[] {"java.net.http.HttpClient", "java.sql.Statement", "com.sun.net.httpserver.HttpHandler",
            "dev.warden.it.sample.ChunkHandler", "dev.langchain4j.data.document.DocumentSplitter",
            "java.lang.invoke.LambdaMetafactory"}) {
            assertFalse(ignored(ignore, plain(name), null), name);
        }
    }

    @Test
    void syntheticClassesAreSkipped() {
        IgnoredTypes ignore = new IgnoredTypes(APP);
        TypeDescription synthetic = new TypeDescription.Latent("com.example.Generated", net.bytebuddy.jar.asm.Opcodes.ACC_SYNTHETIC, null);

        assertTrue(ignored(ignore, synthetic, APP));
    }
}
