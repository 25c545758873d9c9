package dev.warden.agent.session;

import dev.warden.policy.EntryPointCall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Describes each instrumented method once and caches it: the advice hands over only the declaring
 * class and a constant {@code name(descriptor)} string, so the per-call cost is two lookups and no
 * allocation.
 */
final class CallSites {

    private final ClassValue<ConcurrentHashMap<String, CallSite>> byType = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, CallSite> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    CallSite resolve(Class<?> declaringType, String methodSignature) {
        ConcurrentHashMap<String, CallSite> sites = byType.get(declaringType);
        CallSite known = sites.get(methodSignature); // first: the lambda below captures, so it allocates
        return known != null ? known : sites.computeIfAbsent(methodSignature, sig -> CallSite.of(describe(declaringType, sig)));
    }

    static EntryPointCall describe(Class<?> type, String signature) {
        int open = signature.indexOf('(');
        String name = open < 0 ? signature : signature.substring(0, open);
        List<String> parameters = open < 0 ? List.of() : parameterTypes(signature.substring(open + 1, signature.indexOf(')')));
        return new EntryPointCall(type.getName(), name, parameters, typeNames(type));
    }

    /**
     * The method as people write it, {@code pkg.Class#method(pkg.Type, int[])} (the request format's
     * form), for messages on a failure path: it allocates, and never throws, so a descriptor it cannot
     * read is shown as given.
     */
    static String readable(Class<?> type, String signature) {
        try {
            EntryPointCall call = describe(type, signature);
            return call.display() + "(" + String.join(", ", call.parameterTypes()) + ")";
        } catch (RuntimeException e) {
            return type.getName() + "#" + signature;
        }
    }

    static Set<String> typeNames(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        collect(type, names);
        return names;
    }

    private static void collect(Class<?> type, Set<String> names) {
        if (type == null || !names.add(type.getName())) {
            return;
        }
        collect(type.getSuperclass(), names);
        for (Class<?> implemented : type.getInterfaces()) {
            collect(implemented, names);
        }
    }

    /** Binary names from a JVM descriptor's parameter part, e.g. {@code Ljava/lang/String;I} -> String, int. */
    static List<String> parameterTypes(String descriptor) {
        List<String> types = new ArrayList<>();
        int i = 0;
        while (i < descriptor.length()) {
            int dims = 0;
            while (descriptor.charAt(i) == '[') {
                dims++;
                i++;
            }
            String base;
            char c = descriptor.charAt(i);
            if (c == 'L') {
                int end = descriptor.indexOf(';', i);
                base = descriptor.substring(i + 1, end).replace('/', '.');
                i = end + 1;
            } else {
                base = primitive(c);
                i++;
            }
            types.add(base + "[]".repeat(dims));
        }
        return types;
    }

    private static String primitive(char c) {
        return switch (c) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            default -> throw new IllegalArgumentException("not a descriptor type: " + c);
        };
    }
}
