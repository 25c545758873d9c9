package dev.warden.agent.instrument.entrypoint;

import dev.warden.agent.log.WardenLog;
import dev.warden.agent.policy.GuardedMethods;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.PolicySet;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings classes that are already loaded in line with a new policy snapshot: those that are subtypes
 * of a type whose patterns changed are retransformed, so a newly named method gets the advice and a
 * method no longer named loses it (retransformation starts again from the class's original bytes, and
 * the transformer asks the snapshot now in force). Only called after the swap, on the watcher thread.
 *
 * <p>A class that cannot be retransformed keeps the advice it had; the dispatcher decides only the
 * methods the snapshot in force guards, so a leftover advice costs one check and guards nothing.
 */
public final class EntryPointRetransformer {

    /** Retransformed classes named one by one in the log up to this many; beyond, only counted. */
    private static final int NAMED_IN_LOG = 10;

    private final Instrumentation instrumentation;

    public EntryPointRetransformer(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /** Retransforms what the change from {@code before} to {@code after} touches; logs what it did. */
    public void follow(PolicySet before, PolicySet after) {
        Set<EntryPointPattern> was = new HashSet<>(GuardedMethods.of(before));
        Set<EntryPointPattern> now = new HashSet<>(GuardedMethods.of(after));
        Set<String> changedTypes = new HashSet<>();
        int added = collect(now, was, changedTypes);
        int removed = collect(was, now, changedTypes);
        if (changedTypes.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<Class<?>> affected = loadedSubtypesOf(changedTypes);
        long found = System.nanoTime();
        List<String> done = retransform(affected);
        WardenLog.info("entry points changed (+" + added + " -" + removed + " patterns): retransformed " + done.size()
            + " loaded classes in " + (System.nanoTime() - start) / 1_000_000 + " ms (search "
            + (found - start) / 1_000_000 + " ms)" + (done.isEmpty() ? "" : done.size() <= NAMED_IN_LOG ? " " + done : ""));
    }

    /**
     * All in one call (one pass of the JVM's redefinition); if that fails, the JVM retransformed
     * none of them, so each is tried on its own and only the ones that fail keep their old code.
     */
    private List<String> retransform(List<Class<?>> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        try {
            instrumentation.retransformClasses(types.toArray(new Class<?>[0]));
            return types.stream().map(Class::getName).toList();
        } catch (Throwable batchFailed) {
            List<String> done = new ArrayList<>();
            for (Class<?> type : types) {
                try {
                    instrumentation.retransformClasses(type);
                    done.add(type.getName());
                } catch (Throwable t) {
                    WardenLog.warn("could not retransform " + type.getName() + " for the new policy: " + t
                        + "; its methods are guarded as the policy in force says, but may keep an unused check");
                }
            }
            return done;
        }
    }

    /** Adds the types of patterns in {@code from} but not in {@code other}; returns how many. */
    private static int collect(Set<EntryPointPattern> from, Set<EntryPointPattern> other, Set<String> types) {
        int count = 0;
        for (EntryPointPattern pattern : from) {
            if (!other.contains(pattern)) {
                types.add(pattern.className());
                count++;
            }
        }
        return count;
    }

    private List<Class<?>> loadedSubtypesOf(Set<String> typeNames) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            try {
                // the name walk first: plain Java, where isModifiableClass is a call into the JVM
                if (!type.isArray() && !type.isPrimitive() && hasSupertypeNamed(type, typeNames)
                    && instrumentation.isModifiableClass(type)) {
                    found.add(type);
                }
            } catch (LinkageError | RuntimeException unreadable) {
                // a class whose supertypes cannot be read was never advised by a name we look for
            }
        }
        return found;
    }

    /** The type itself or any supertype is named; a hierarchy is small and acyclic, so no visited set. */
    private static boolean hasSupertypeNamed(Class<?> type, Set<String> names) {
        if (type == null) {
            return false;
        }
        if (names.contains(type.getName()) || hasSupertypeNamed(type.getSuperclass(), names)) {
            return true;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (hasSupertypeNamed(implemented, names)) {
                return true;
            }
        }
        return false;
    }
}
