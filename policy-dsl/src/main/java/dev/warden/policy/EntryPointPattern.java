package dev.warden.policy;

import java.util.List;

/**
 * A method an {@code entrypoint} declaration names: {@code Class#method} with optional parameter
 * types. The agent instruments every method that matches, in the named type and in every subtype
 * and implementation of it.
 *
 * @param className binary name of a class or interface
 * @param methodName the method name
 * @param parameterTypes binary names of the parameter types, or {@code null} for any overload
 */
public record EntryPointPattern(String className, String methodName, List<String> parameterTypes) {

    public EntryPointPattern {
        parameterTypes = parameterTypes == null ? null : List.copyOf(parameterTypes);
    }

    public boolean matches(EntryPointCall call) {
        return call.methodName().equals(methodName)
            && call.typeNames().contains(className)
            && (parameterTypes == null || parameterTypes.equals(call.parameterTypes()));
    }
}
