package dev.warden.agent.policy;

import dev.warden.policy.EntryPointCall;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicySet;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods Warden guards under one policy snapshot: LangChain4j's {@code DocumentSplitter#split}
 * and {@code #splitAll}, always (a chunking service is Warden's flagship user), and every method the
 * snapshot's {@code entrypoint} declarations name. Instrumentation follows this set; the dispatcher
 * decides only calls in it, so a method left instrumented by an older snapshot is simply not guarded.
 */
public final class GuardedMethods {

    static final String DOCUMENT_SPLITTER = "dev.langchain4j.data.document.DocumentSplitter";

    /** Entry points guarded whatever the policy says. */
    public static final List<EntryPointPattern> BUILT_IN = List.of(
        new EntryPointPattern(DOCUMENT_SPLITTER, "split", null),
        new EntryPointPattern(DOCUMENT_SPLITTER, "splitAll", null));

    private GuardedMethods() {
    }

    /** The built-in patterns, then the snapshot's, without repeats. */
    public static List<EntryPointPattern> of(PolicySet snapshot) {
        List<EntryPointPattern> all = new ArrayList<>(BUILT_IN);
        for (EntryPointPattern pattern : snapshot.entryPoints()) {
            if (!all.contains(pattern)) {
                all.add(pattern);
            }
        }
        return List.copyOf(all);
    }

    /** Whether {@code snapshot} guards {@code call}. On the hot path: no allocation. */
    public static boolean guards(PolicySet snapshot, EntryPointCall call) {
        return anyMatches(BUILT_IN, call) || anyMatches(snapshot.entryPoints(), call);
    }

    private static boolean anyMatches(List<EntryPointPattern> patterns, EntryPointCall call) {
        for (int i = 0, n = patterns.size(); i < n; i++) {
            if (patterns.get(i).matches(call)) {
                return true;
            }
        }
        return false;
    }
}
