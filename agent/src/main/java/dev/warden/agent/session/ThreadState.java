package dev.warden.agent.session;

/**
 * What Warden tracks for the current thread: the inbound session it serves, how deeply guarded calls
 * are nested (only the outermost is checked: "check once"), and the {@code Warden.runAs} in force:
 * outside a request its identity ({@link #runAs}), inside one its session ({@link #runAsSession}).
 */
final class ThreadState {

    static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    Session inbound;
    int inboundDepth;
    int entryDepth;
    CallerIdentity runAs;
    Session runAsSession;

    private ThreadState() {
    }
}
