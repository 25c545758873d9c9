package dev.warden.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.warden.policy.EntryPointCall;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class CallSitesTest {

    interface Splitter {
        List<String> split(String text, int size);
    }

    abstract static class BaseSplitter implements Splitter {
    }

    static final class LineSplitter extends BaseSplitter implements Callable<String> {
        @Override
        public List<String> split(String text, int size) {
            return List.of(text);
        }

        @Override
        public String call() {
            return "";
        }
    }

    @Test
    void describesTheMethodWithEverySupertypeSoInterfaceDeclarationsMatch() {
        EntryPointCall call = new CallSites().resolve(LineSplitter.class, "split(Ljava/lang/String;I)Ljava/util/List;").call();

        assertEquals(LineSplitter.class.getName(), call.className());
        assertEquals("split", call.methodName());
        assertEquals(List.of("java.lang.String", "int"), call.parameterTypes());
        assertTrue(call.typeNames().containsAll(List.of(LineSplitter.class.getName(), BaseSplitter.class.getName(),
            Splitter.class.getName(), Callable.class.getName(), Object.class.getName())));
    }

    @Test
    void resolvesEachSiteOnceAndReusesIt() {
        CallSites sites = new CallSites();
        CallSite first = sites.resolve(LineSplitter.class, "split(Ljava/lang/String;I)Ljava/util/List;");
        assertSame(first, sites.resolve(LineSplitter.class, "split(Ljava/lang/String;I)Ljava/util/List;"));
    }

    @Test
    void theJournalsStringsForASiteAreBuiltOnceFromTheCall() {
        CallSite site = new CallSites().resolve(LineSplitter.class, "split(Ljava/lang/String;I)Ljava/util/List;");

        assertEquals(LineSplitter.class.getName() + "#split", site.display());
        assertEquals(site.call().display(), site.display());
        assertEquals("call " + LineSplitter.class.getName() + "#split", site.sessionSource());
    }

    @Test
    void readsArraysAndPrimitivesFromDescriptors() {
        assertEquals(List.of("long", "java.lang.String[][]", "byte[]", "boolean"),
            CallSites.parameterTypes("J[[Ljava/lang/String;[BZ"));
    }

    @Test
    void readableShowsTheMethodAsTheRequestFormatWritesItAndADescriptorItCannotReadAsGiven() {
        assertEquals("java.lang.String#regionMatches(boolean, int, java.lang.String, int, int)",
            CallSites.readable(String.class, "regionMatches(ZILjava/lang/String;II)Z"));
        assertEquals("java.util.Arrays#sort(java.lang.Object[][])", CallSites.readable(java.util.Arrays.class,
            "sort([[Ljava/lang/Object;)V"));
        assertEquals("java.lang.String#length()", CallSites.readable(String.class, "length()I"));
        assertEquals("java.lang.String#odd(Q)V", CallSites.readable(String.class, "odd(Q)V"));
    }
}
