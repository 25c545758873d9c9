package dev.warden.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;

class SuperTypesTest {

    interface Splitter { }

    interface LineSplitter extends Splitter, Callable<String> { }

    abstract static class Base implements LineSplitter, Serializable { }

    static final class Concrete extends Base {
        @Override
        public String call() {
            return "";
        }
    }

    private static final TypePool POOL = TypePool.Default.of(ClassFileLocator.ForClassLoader.of(SuperTypesTest.class.getClassLoader()));

    private static TypeDescription described(Class<?> type) {
        return POOL.describe(type.getName()).resolve(); // as the agent sees classes: parsed from class files
    }

    @Test
    void aTypeIsASubtypeOfItselfItsSuperclassesAndEveryInterfaceOnTheWay() {
        for (Class<?> supertype : List.of(Concrete.class, Base.class, LineSplitter.class, Splitter.class, Callable.class,
            Serializable.class, Object.class)) {
            assertTrue(SuperTypes.isSubtypeOf(described(Concrete.class), supertype.getName()), supertype.getName());
        }
    }

    @Test
    void unrelatedTypesAndSubtypesAreNot() {
        assertFalse(SuperTypes.isSubtypeOf(described(Base.class), Concrete.class.getName()));
        assertFalse(SuperTypes.isSubtypeOf(described(Concrete.class), Runnable.class.getName()));
        assertFalse(SuperTypes.isSubtypeOf(described(Splitter.class), Object.class.getName() + "X"));
    }

    @Test
    void agreesWithByteBuddysHasSuperTypeOnJdkAndLibraryClasses() {
        List<Class<?>> types = List.of(java.util.ArrayList.class, java.util.concurrent.ConcurrentHashMap.class, String.class,
            java.io.BufferedReader.class, java.util.function.Function.class, net.bytebuddy.asm.Advice.class,
            net.bytebuddy.description.type.TypeDescription.ForLoadedType.class, Concrete.class);
        List<Class<?>> candidates = List.of(java.util.Collection.class, java.util.Map.class, CharSequence.class,
            AutoCloseable.class, Serializable.class, TypeDescription.class, Comparable.class, Object.class, Callable.class);
        for (Class<?> type : types) {
            for (Class<?> candidate : candidates) {
                assertEquals(hasSuperType(ElementMatchers.named(candidate.getName())).matches(described(type)),
                    SuperTypes.named(candidate.getName()).matches(described(type)), type.getName() + " <: " + candidate.getName());
            }
        }
    }
}
