package dev.warden.agent.session;

/**
 * What Warden tracks for the current thread: the inbound session it serves, how deeply guarded calls
 * are nested (only the outermost is checked: "check once"), and a {@code Warden.runAs} identity.
 */
final class ThreadState {

    static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    Session inbound;
    int inboundDepth;
    int entryDepth;
    CallerIdentity runAs;

    private ThreadState() {
    }
}
