package dev.warden.agent.instrument;

import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.function.Supplier;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * Stands in front of Byte Buddy's transformer and hands it only the classes an instrumentation
 * could match: those that are, extend or implement a type some instrumentation names. Every class
 * the application loads passes through here; most are nothing of the kind, and ruling them out from
 * the class file's header ({@link HierarchyIndex}) costs a fraction of Byte Buddy's full parse and
 * matcher run (measured on the sample service: ≈0.3 ms a class before, on a cold JVM).
 *
 * <p>Only sure answers skip a class: Warden's own loader, a name {@link IgnoredTypes} ignores, or a
 * hierarchy read to the top without a target in it. Anything unreadable, and every retransformation
 * (a policy reload's, which must follow the policy now in force), goes to Byte Buddy as before. An
 * instrumentation whose matcher is not "a subtype of one of these names" must not be added without
 * widening this filter: {@link #targets} is what it knows.
 */
final class CandidateFilter implements AgentBuilder.TransformerDecorator {

    private final IgnoredTypes ignored;
    /** The type names each instrumentation matches subtypes of, read on every class (they follow reloads). */
    private final List<Supplier<List<String>>> targets;
    private final HierarchyIndex index = new HierarchyIndex();

    CandidateFilter(IgnoredTypes ignored, List<Supplier<List<String>>> targets) {
        this.ignored = ignored;
        this.targets = List.copyOf(targets);
    }

    @Override
    public ResettableClassFileTransformer decorate(ResettableClassFileTransformer byteBuddy) {
        return new Filtering(byteBuddy);
    }

    /** Whether Byte Buddy should see this class at all. */
    boolean candidate(ClassLoader loader, String internalName, Class<?> beingRedefined, byte[] bytes) {
        if (beingRedefined != null || internalName == null || bytes == null) {
            return true;
        }
        String name = internalName.replace('/', '.');
        if (ignored.ignoresLoader(loader) || IgnoredTypes.ignoresName(name)) {
            return false;
        }
        ClassHeader header = ClassHeader.read(bytes);
        return header == null || index.mayReach(loader, header, this::isTarget);
    }

    private boolean isTarget(String typeName) {
        for (int i = 0, n = targets.size(); i < n; i++) {
            if (targets.get(i).get().contains(typeName)) {
                return true;
            }
        }
        return false;
    }

    /** Byte Buddy's transformer behind the filter; everything else is delegated as it is. */
    private final class Filtering extends ResettableClassFileTransformer.WithDelegation {

        Filtering(ResettableClassFileTransformer byteBuddy) {
            super(byteBuddy);
        }

        @Override
        public byte[] transform(ClassLoader loader, String internalName, Class<?> beingRedefined, ProtectionDomain domain,
                                byte[] bytes) throws IllegalClassFormatException {
            return candidate(loader, internalName, beingRedefined, bytes)
                ? classFileTransformer.transform(loader, internalName, beingRedefined, domain, bytes) : null;
        }

        @Override
        public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> beingRedefined,
                                ProtectionDomain domain, byte[] bytes) throws IllegalClassFormatException {
            return candidate(loader, internalName, beingRedefined, bytes)
                ? classFileTransformer.transform(module, loader, internalName, beingRedefined, domain, bytes) : null;
        }
    }
}
