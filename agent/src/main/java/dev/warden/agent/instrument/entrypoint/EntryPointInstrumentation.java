package dev.warden.agent.instrument.entrypoint;

import dev.warden.policy.EntryPointPattern;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.named;

import dev.warden.agent.instrument.ClassLoaderHas;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
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

    private static final Advice ADVICE = Advice.to(EntryPointAdvice.class);

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
        AgentBuilder result = builder;
        Set<String> classNames = new LinkedHashSet<>();
        patterns.forEach(pattern -> classNames.add(pattern.className()));
        for (String className : classNames) {
            // Only loaders that can see the named type can hold its subtypes: skip the rest cheaply.
            // Terminal: a type reached through two names is still advised once, for all its patterns.
            result = result
                .type(hasSuperType(named(className)), ClassLoaderHas.classNamed(className))
                .transform((typeBuilder, type, loader, module, domain) ->
                    typeBuilder.visit(ADVICE.on(EntryPointMatchers.methods(patterns, type))))
                .asTerminalTransformation();
        }
        return result;
    }

    public List<EntryPointPattern> patterns() {
        return patterns;
    }
}
