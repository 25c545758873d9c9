package dev.warden.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WardenHooksTest {

    /** Records what reached it and answers as told: the contract seen from the agent's side. */
    private static final class RecordingDispatcher implements Dispatcher {
        final List<String> calls = new ArrayList<>();
        final Object scope = new Object();

        @Override
        public Object enterEntryPoint(Class<?> declaringType, String methodSignature, Object[] arguments) {
            calls.add("enter " + declaringType.getSimpleName() + "#" + methodSignature + " " + arguments.length);
            return scope;
        }

        @Override
        public void exitEntryPoint(Object scope, Throwable thrown) {
            calls.add("exit " + (scope == this.scope) + " " + (thrown == null ? "-" : thrown.getClass().getSimpleName()));
        }

        @Override
        public int enterInbound(String method, String path, String authorization) {
            calls.add("inbound " + method + " " + path);
            return authorization == null ? 0 : 401;
        }

        @Override
        public void exitInbound(Throwable thrown) {
            calls.add("inbound-exit");
        }

        @Override
        public <T> T runAs(String bearerToken, Callable<T> work) throws Exception {
            if (!"good".equals(bearerToken)) {
                throw new WardenDeniedException("WARDEN-DENY-TOKEN", null, "s-1", "token rejected");
            }
            calls.add("runAs");
            return work.call();
        }
    }

    @AfterEach
    void uninstall() {
        WardenHooks.install(null);
    }

    @Test
    void withoutAnAgentEveryHookIsANoOpAndRunAsSimplyRunsTheWork() throws Exception {
        assertFalse(WardenHooks.installed());
        assertNull(WardenHooks.enterEntryPoint(String.class, "length()", new Object[0]));
        WardenHooks.exitEntryPoint(null, null);
        assertEquals(0, WardenHooks.enterInbound("POST", "/chunk", "Bearer x"));
        WardenHooks.exitInbound(null);
        assertEquals("ran", Warden.runAs("any token", () -> "ran"));
    }

    @Test
    void anInstalledDispatcherReceivesEveryHookWithItsArguments() throws Exception {
        RecordingDispatcher dispatcher = new RecordingDispatcher();
        WardenHooks.install(dispatcher);

        assertTrue(WardenHooks.installed());
        Object scope = WardenHooks.enterEntryPoint(String.class, "split(String)", new Object[] {"doc"});
        assertSame(dispatcher.scope, scope);
        WardenHooks.exitEntryPoint(scope, new IllegalStateException());
        assertEquals(0, WardenHooks.enterInbound("POST", "/chunk", null));
        assertEquals(401, WardenHooks.enterInbound("POST", "/chunk", "Bearer forged"));
        WardenHooks.exitInbound(null);
        assertEquals(7, Warden.runAs("good", () -> 7));

        assertEquals(List.of("enter String#split(String) 1", "exit true IllegalStateException",
            "inbound POST /chunk", "inbound POST /chunk", "inbound-exit", "runAs"), dispatcher.calls);
    }

    @Test
    void aNestedCallWithoutScopeIsNotReportedOnExit() {
        RecordingDispatcher dispatcher = new RecordingDispatcher();
        WardenHooks.install(dispatcher);

        WardenHooks.exitEntryPoint(null, null);

        assertEquals(List.of(), dispatcher.calls);
    }

    @Test
    void runAsWithAnUnverifiableTokenNeverRunsTheWork() {
        WardenHooks.install(new RecordingDispatcher());
        boolean[] ran = {false};

        WardenDeniedException denied = assertThrows(WardenDeniedException.class,
            () -> Warden.runAs("forged", () -> ran[0] = true));

        assertFalse(ran[0]);
        assertEquals("WARDEN-DENY-TOKEN", denied.code());
        assertNull(denied.ruleId());
        assertEquals("s-1", denied.sessionId());
    }

    @Test
    void exceptionsCarryTheirStableFieldsAndMessage() {
        WardenDeniedException denied = new WardenDeniedException("WARDEN-DENY-RULE", "forbid_reporting", "s-9", "denied by forbid_reporting");
        ApprovalPendingException pending = new ApprovalPendingException("a-3", "approve_drop", "waiting for approval a-3");

        assertEquals(List.of("WARDEN-DENY-RULE", "forbid_reporting", "s-9", "denied by forbid_reporting"),
            List.of(denied.code(), denied.ruleId(), denied.sessionId(), denied.getMessage()));
        assertEquals(List.of("a-3", "approve_drop", "waiting for approval a-3"),
            List.of(pending.requestId(), pending.ruleId(), pending.getMessage()));
    }
}
