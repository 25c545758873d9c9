package dev.warden.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.bytebuddy.ByteBuddy;
import org.junit.jupiter.api.Test;

class ClassHeaderTest {

    /** Constants of every kind before the class's own entries, longs and doubles among them. */
    @SuppressWarnings("unused")
    static final class Constants implements Callable<String>, Serializable {
        static final long BIG = 1L << 40;
        static final double PI = 3.14159;
        final float f = 2.5f;

        @Override
        public String call() {
            Runnable r = () -> { };
            return "x" + BIG + PI + f + r;
        }
    }

    static byte[] classFile(Class<?> type) throws IOException {
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getPlatformClassLoader();
        try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** As the class file has them: an interface's file names java.lang.Object as its superclass. */
    private static String declaredSuperclass(Class<?> type) {
        return type.isInterface() ? "java.lang.Object" : type.getSuperclass() == null ? null : type.getSuperclass().getName();
    }

    private static List<String> declaredSupertypes(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (declaredSuperclass(type) != null) {
            names.add(declaredSuperclass(type));
        }
        for (Class<?> i : type.getInterfaces()) {
            names.add(i.getName());
        }
        return names;
    }

    @Test
    void readsTheNamesTheJvmReadsFromTheSameClassFile() throws IOException {
        for (Class<?> type : List.of(Constants.class, ArrayList.class, String.class, Object.class, Runnable.class,
            java.util.concurrent.ConcurrentHashMap.class, net.bytebuddy.asm.Advice.class, ClassHeaderTest.class)) {
            ClassHeader header = ClassHeader.read(classFile(type));
            assertEquals(type.getName(), header.name());
            assertEquals(declaredSuperclass(type), header.superName(), type.getName());
            assertEquals(declaredSupertypes(type), header.supertypes(), type.getName());
        }
    }

    @Test
    void namesBeyondAsciiAreDecoded() {
        byte[] bytes = new ByteBuddy().subclass(Object.class).name("dev.warden.test.Größe€").implement(Runnable.class)
            .defineMethod("run", void.class, java.lang.reflect.Modifier.PUBLIC)
            .intercept(net.bytebuddy.implementation.StubMethod.INSTANCE).make().getBytes();

        ClassHeader header = ClassHeader.read(bytes);

        assertEquals("dev.warden.test.Größe€", header.name());
        assertEquals(List.of("java.lang.Object", "java.lang.Runnable"), header.supertypes());
    }

    @Test
    void bytesThatAreNotAClassFileGiveNoHeader() throws IOException {
        byte[] real = classFile(Constants.class);

        assertNull(ClassHeader.read(new byte[0]));
        assertNull(ClassHeader.read("not a class".getBytes()));
        assertNull(ClassHeader.read(java.util.Arrays.copyOf(real, 40)), "truncated in the constant pool");
        byte[] badTag = real.clone();
        badTag[10] = (byte) 99; // the first constant's tag
        assertNull(ClassHeader.read(badTag));
    }
}
