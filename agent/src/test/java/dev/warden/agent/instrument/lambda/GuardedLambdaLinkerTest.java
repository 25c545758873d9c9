package dev.warden.agent.instrument.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Call sites linked here as the JDK links a lambda, then handed to the linker as the advice does. */
class GuardedLambdaLinkerTest {

    public interface Store {
        String fetch(String id);

        default String fetchTwice(String id) {
            return fetch(id) + fetch(id);
        }
    }

    public interface SpecialStore extends Store {
    }

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static int fetches;

    private static String found(String id) {
        fetches++;
        if (id.isEmpty()) {
            throw new IllegalArgumentException("no id");
        }
        return "record " + id;
    }

    private static int twice(int value) {
        return 2 * value;
    }

    private final GuardedLambdaLinker linker = new GuardedLambdaLinker(
        List.of(() -> List.of(Store.class.getName())), caller -> false);

    private static CallSite lambdaOf(Class<?> functionalInterface, String method, MethodType erased, String body, MethodType bodyType)
            throws Exception {
        return LambdaMetafactory.metafactory(LOOKUP, method, MethodType.methodType(functionalInterface), erased,
            LOOKUP.findStatic(GuardedLambdaLinkerTest.class, body, bodyType), bodyType);
    }

    private CallSite storeSite(Class<?> type) throws Exception {
        CallSite linked = lambdaOf(type, "fetch", MethodType.methodType(String.class, String.class), "found",
            MethodType.methodType(String.class, String.class));
        return linker.link(LOOKUP, MethodType.methodType(type), linked);
    }

    @Test
    void aLambdaOfAGuardedInterfaceIsHandedOutAsAProxyThatForwardsEveryCallToIt() throws Throwable {
        Store store = (Store) storeSite(Store.class).getTarget().invoke();

        assertTrue(Proxy.isProxyClass(store.getClass()), store.getClass().getName());
        fetches = 0;
        assertEquals("record 7", store.fetch("7"));
        assertEquals("record 1record 1", store.fetchTwice("1"));
        assertEquals(3, fetches, "the default method's calls go through the proxy to the lambda");
        assertThrows(IllegalArgumentException.class, () -> store.fetch(""), "the lambda's exception, unwrapped");
    }

    @Test
    void aLambdaOfASubtypeOfAGuardedInterfaceIsGuardedToo() throws Throwable {
        Object store = storeSite(SpecialStore.class).getTarget().invoke();

        assertTrue(store instanceof SpecialStore && Proxy.isProxyClass(store.getClass()));
    }

    @Test
    void theProxyIsEqualOnlyToItself() throws Throwable {
        Store store = (Store) storeSite(Store.class).getTarget().invoke();
        Store other = (Store) storeSite(Store.class).getTarget().invoke();

        assertEquals(store, store);
        assertNotEquals(store, other);
        assertEquals(System.identityHashCode(store), store.hashCode());
    }

    @Test
    void aLambdaOfAnyOtherInterfaceKeepsTheJdksCallSite() throws Throwable {
        CallSite linked = lambdaOf(IntUnaryOperator.class, "applyAsInt", MethodType.methodType(int.class, int.class), "twice",
            MethodType.methodType(int.class, int.class));

        assertSame(linked, linker.link(LOOKUP, MethodType.methodType(IntUnaryOperator.class), linked));
    }

    @Test
    void aLambdaOfAnIgnoredCallerKeepsTheJdksCallSite() throws Throwable {
        GuardedLambdaLinker ignoring = new GuardedLambdaLinker(List.of(() -> List.of(Store.class.getName())), caller -> true);
        CallSite linked = lambdaOf(Store.class, "fetch", MethodType.methodType(String.class, String.class), "found",
            MethodType.methodType(String.class, String.class));

        assertSame(linked, ignoring.link(LOOKUP, MethodType.methodType(Store.class), linked));
    }

    @Test
    void aFailingDecisionKeepsTheJdksCallSite() throws Throwable {
        GuardedLambdaLinker failing = new GuardedLambdaLinker(List.of(() -> {
            throw new IllegalStateException("broken");
        }), caller -> false);
        CallSite linked = lambdaOf(Store.class, "fetch", MethodType.methodType(String.class, String.class), "found",
            MethodType.methodType(String.class, String.class));

        CallSite site = failing.link(LOOKUP, MethodType.methodType(Store.class), linked);

        assertSame(linked, site);
        assertFalse(Proxy.isProxyClass(site.getTarget().invoke().getClass()));
    }
}
