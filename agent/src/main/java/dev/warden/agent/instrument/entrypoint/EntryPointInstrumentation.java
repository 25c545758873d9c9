package dev.warden.agent.instrument.entrypoint;

import dev.warden.agent.instrument.ClassLoaderHas;
import dev.warden.agent.policy.GuardedMethods;
import dev.warden.agent.policy.PolicyHolder;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicySet;
import java.security.ProtectionDomain;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.utility.JavaModule;

/**
 * Guards entry points: the {@link GuardedMethods} of the policy snapshot in force. The type matcher
 * and the method matcher read the current snapshot each time a class is (re)transformed, so classes
 * loaded after a reload follow the new set, and a {@link EntryPointRetransformer} brings loaded ones
 * in line.
 */
public final class EntryPointInstrumentation {

    private static final Advice ADVICE = Advice.to(EntryPointAdvice.class);

    /** Builds the advice (this class's static initialiser) ahead of use; idempotent. */
    public static void prepare() {
        // the work happens in the static initialiser
    }

    private final PolicyHolder policy;
    /** One loader pre-filter per named type, kept across reloads so its per-loader answers are too. */
    private final Map<String, ClassLoaderHas> loaderFilters = new ConcurrentHashMap<>();
    private volatile Targets targets;

    /** The patterns of one snapshot and the distinct types they name, computed once per snapshot. */
    private record Targets(PolicySet snapshot, List<EntryPointPattern> patterns, List<String> typeNames) {

        static Targets of(PolicySet snapshot) {
            List<EntryPointPattern> patterns = GuardedMethods.of(snapshot);
            Set<String> names = new LinkedHashSet<>();
            patterns.forEach(p -> names.add(p.className()));
            return new Targets(snapshot, patterns, List.copyOf(names));
        }
    }

    public EntryPointInstrumentation(PolicyHolder policy) {
        this.policy = policy;
    }

    public AgentBuilder install(AgentBuilder builder) {
        // Terminal: a type reached through two names is still advised once, for all its patterns.
        return builder
            .type(new GuardedTypes())
            .transform((typeBuilder, type, loader, module, domain) ->
                typeBuilder.visit(ADVICE.on(EntryPointMatchers.methods(patterns(), type))))
            .asTerminalTransformation();
    }

    /** The types whose subtypes may hold a guarded method now (the built-in ones and the policy's). */
    public List<String> typeNames() {
        return targets().typeNames();
    }

    /** The patterns guarded now. */
    public List<EntryPointPattern> patterns() {
        return targets().patterns();
    }

    private Targets targets() {
        PolicySet snapshot = policy.current();
        Targets known = targets;
        if (known == null || known.snapshot() != snapshot) {
            known = Targets.of(snapshot);
            targets = known; // racing threads compute the same value: last write wins, harmlessly
        }
        return known;
    }

    /** Subtypes of a named type, looked for only in loaders that can see that type (cheap to rule out). */
    private final class GuardedTypes implements AgentBuilder.RawMatcher {
        @Override
        public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module, Class<?> classBeingRedefined,
                               ProtectionDomain protectionDomain) {
            for (String typeName : targets().typeNames()) {
                if (loaderFilters.computeIfAbsent(typeName, ClassLoaderHas::classNamed).matches(loader)
                    && EntryPointMatchers.isSubtypeOf(type, typeName)) {
                    return true;
                }
            }
            return false;
        }
    }
}
