package dev.warden.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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

    /**
     * A call as people write it — {@code pkg.Class#method(pkg.Type, int[])}, {@code ()} for no
     * parameters, binary names as {@code Class.getTypeName()} prints them — with the class's
     * supertypes and interfaces (the class itself is always among the type names).
     *
     * @throws IllegalArgumentException saying what is wrong with the signature or a type name
     */
    public static EntryPointCall of(String signature, Collection<String> supertypes) {
        int hash = signature.indexOf('#');
        int open = signature.indexOf('(', Math.max(hash, 0));
        if (hash < 0 || open < 0 || !signature.endsWith(")")) {
            throw new IllegalArgumentException("'" + signature + "' is not a call: write Class#method(Type, ...), "
                + "with () for a method without parameters");
        }
        String className = typeName(signature.substring(0, hash).strip(), "class");
        String methodName = signature.substring(hash + 1, open).strip();
        if (!identifier(methodName)) {
            throw new IllegalArgumentException("'" + methodName + "' is not a method name");
        }
        List<String> parameters = new ArrayList<>();
        String inside = signature.substring(open + 1, signature.length() - 1).strip();
        if (!inside.isEmpty()) {
            for (String parameter : inside.split(",", -1)) {
                parameters.add(typeName(parameter.strip(), "parameter type"));
            }
        }
        Set<String> types = new LinkedHashSet<>();
        types.add(className);
        for (String supertype : supertypes) {
            types.add(typeName(supertype.strip(), "supertype"));
        }
        return new EntryPointCall(className, methodName, parameters, types);
    }

    /** {@code Class#method}, the form people read in logs and the journal. */
    @Override
    public String display() {
        return className + "#" + methodName;
    }

    /** A binary type name: dotted identifiers ({@code $} allowed), then any number of {@code []}. */
    private static String typeName(String name, String what) {
        String element = name;
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2).strip();
        }
        for (String part : element.split("\\.", -1)) {
            if (!identifier(part)) {
                throw new IllegalArgumentException("'" + name + "' is not a " + what + " name: use the binary name, "
                    + "e.g. java.util.List, pkg.Outer$Inner, int, byte[]");
            }
        }
        return element + name.substring(element.length()).replace(" ", "");
    }

    private static boolean identifier(String text) {
        if (text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) {
            return false;
        }
        return text.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
