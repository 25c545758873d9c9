package dev.warden.policy;

import java.util.List;
import java.util.Set;

/**
 * The target of an entry-point check: a method about to run.
 *
 * @param className the binary name of the type that declares the method
 * @param methodName the method's name
 * @param parameterTypes binary names of the parameter types, in order
 * @param typeNames the declaring type and every supertype and interface it has, so that a
 *     declaration naming an interface matches its implementations
 */
public record EntryPointCall(String className, String methodName, List<String> parameterTypes, Set<String> typeNames)
    implements Action {

    public EntryPointCall {
        parameterTypes = List.copyOf(parameterTypes);
        typeNames = Set.copyOf(typeNames);
    }

    /** {@code Class#method}, the form people read in logs and the journal. */
    @Override
    public String display() {
        return className + "#" + methodName;
    }
}
