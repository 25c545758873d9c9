package dev.warden.agent.instrument.entrypoint;

import dev.warden.policy.EntryPointPattern;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Guards entry points: the methods the policy's {@code entrypoint} declarations name, and
 * LangChain4j's {@code DocumentSplitter#split}/{@code #splitAll}, which are always guarded because a
 * chunking service is Warden's flagship user.
 */
public final class EntryPointInstrumentation {

    static final String DOCUMENT_SPLITTER = "dev.langchain4j.data.document.DocumentSplitter";

    /** Entry points guarded whatever the policy says. */
    public static final List<EntryPointPattern> BUILT_IN = List.of(
        new EntryPointPattern(DOCUMENT_SPLITTER, "split", null),
        new EntryPointPattern(DOCUMENT_SPLITTER, "splitAll", null));

    private final List<EntryPointPattern> patterns;

    public EntryPointInstrumentation(List<EntryPointPattern> fromPolicy) {
        List<EntryPointPattern> all = new ArrayList<>(BUILT_IN);
        for (EntryPointPattern pattern : fromPolicy) {
            if (!all.contains(pattern)) {
                all.add(pattern);
            }
        }
        this.patterns = List.copyOf(all);
    }

    public AgentBuilder install(AgentBuilder builder) {
        return builder
            .type(EntryPointMatchers.types(patterns))
            .transform((typeBuilder, type, loader, module, domain) ->
                typeBuilder.visit(Advice.to(EntryPointAdvice.class).on(EntryPointMatchers.methods(patterns, type))));
    }

    public List<EntryPointPattern> patterns() {
        return patterns;
    }
}
