package dev.warden.agent.instrument.entrypoint;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.not;

import dev.warden.agent.instrument.SuperTypes;
import dev.warden.policy.EntryPointPattern;
import java.util.List;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** Byte Buddy matchers for a list of entry-point patterns: the named type and all its subtypes. */
final class EntryPointMatchers {

    private EntryPointMatchers() {
    }

    /** Methods of {@code type} that some pattern names, given that the pattern's class is a supertype. */
    static ElementMatcher.Junction<MethodDescription> methods(List<EntryPointPattern> patterns, TypeDescription type) {
        ElementMatcher.Junction<MethodDescription> matcher = none();
        for (EntryPointPattern pattern : patterns) {
            if (isSubtypeOf(type, pattern.className())) {
                matcher = matcher.or(named(pattern.methodName()).and(parameters(pattern.parameterTypes())));
            }
        }
        return matcher.and(not(isAbstract()));
    }

    static boolean isSubtypeOf(TypeDescription type, String className) {
        return SuperTypes.isSubtypeOf(type, className);
    }

    private static ElementMatcher.Junction<MethodDescription> parameters(List<String> parameterTypes) {
        if (parameterTypes == null) {
            return net.bytebuddy.matcher.ElementMatchers.any();
        }
        return new ElementMatcher.Junction.AbstractBase<>() {
            @Override
            public boolean matches(MethodDescription method) {
                List<TypeDescription> actual = method.getParameters().asTypeList().asErasures();
                if (actual.size() != parameterTypes.size()) {
                    return false;
                }
                for (int i = 0; i < actual.size(); i++) {
                    if (!actual.get(i).getName().equals(parameterTypes.get(i))
                        && !((TypeDefinition) actual.get(i)).getActualName().equals(parameterTypes.get(i))) {
                        return false;
                    }
                }
                return true;
            }
        };
    }
}
