package dev.warden.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class HierarchyIndexTest {

    interface Splitter { }

    interface LineSplitter extends Splitter { }

    abstract static class Base implements LineSplitter, Serializable { }

    static final class Concrete extends Base implements Callable<String> {
        @Override
        public String call() {
            return "";
        }
    }

    private static final ClassLoader APP = HierarchyIndexTest.class.getClassLoader();

    private static ClassHeader header(Class<?> type) throws Exception {
        return ClassHeader.read(ClassHeaderTest.classFile(type));
    }

    @Test
    void aTargetTwoLevelsUpThroughAnInterfaceOfTheSuperclassIsReached() throws Exception {
        HierarchyIndex index = new HierarchyIndex();

        assertTrue(index.mayReach(APP, header(Concrete.class), Set.of(Splitter.class.getName())::contains));
        assertTrue(index.mayReach(APP, header(Concrete.class), Set.of(Concrete.class.getName())::contains));
        assertTrue(index.mayReach(APP, header(Concrete.class), Set.of(Serializable.class.getName())::contains));
    }

    @Test
    void aHierarchyReadToTheTopWithoutATargetIsRuledOut() throws Exception {
        HierarchyIndex index = new HierarchyIndex();

        assertFalse(index.mayReach(APP, header(Concrete.class), Set.of(Runnable.class.getName())::contains));
        assertFalse(index.mayReach(APP, header(Base.class), Set.of(Concrete.class.getName())::contains));
        assertFalse(index.mayReach(null, header(java.util.ArrayList.class), Set.of("com.sun.net.httpserver.HttpHandler")::contains));
    }

    @Test
    void aSupertypeWhoseClassFileCannotBeReadRulesNothingOut() throws Exception {
        // a loader that cannot find Base's class file (nor anything but the JDK's)
        try (URLClassLoader jdkOnly = new URLClassLoader(new URL[0], null)) {
            assertTrue(new HierarchyIndex().mayReach(jdkOnly, header(Concrete.class), Set.of("dev.warden.Target")::contains),
                "Base could extend the target: only Byte Buddy's full matcher may decide");
            assertFalse(new HierarchyIndex().mayReach(jdkOnly, header(java.util.ArrayList.class), Set.of("dev.warden.Target")::contains));
        }
    }

    @Test
    void supertypesAreReadOncePerLoaderAndTheCacheIsBounded() throws Exception {
        HierarchyIndex index = new HierarchyIndex();
        index.mayReach(APP, header(Concrete.class), Set.of("none")::contains);
        int afterFirst = index.size(APP);
        index.mayReach(APP, header(Concrete.class), Set.of("none")::contains);

        assertTrue(afterFirst >= 4, "Base, LineSplitter, Splitter, Serializable, Callable: " + afterFirst);
        assertTrue(index.size(APP) == afterFirst);
        assertTrue(HierarchyIndex.TYPES_PER_LOADER >= 1024);
    }
}
