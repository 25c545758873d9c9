package dev.warden.policy.eval;

import dev.warden.policy.Injection;
import java.util.List;
import java.util.Locale;

/**
 * An inject rule's credential, compiled: the injection it adds, and the endpoint or datasource
 * declarations the credential may go to (of the rule's target kind).
 */
record InjectPlan(Injection injection, int[] onlyTo, List<String> onlyToNames) {

    InjectPlan {
        onlyToNames = List.copyOf(onlyToNames);
    }

    /** Whether one of the request's matched declarations is in the credential's only_to. */
    boolean allows(int[] matchedDeclarations) {
        for (int d : matchedDeclarations) {
            for (int allowed : onlyTo) {
                if (d == allowed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The place the credential goes: two injections into one place conflict. */
    String slotKey() {
        return switch (injection.slot()) {
            case HEADER -> injection.header().toLowerCase(Locale.ROOT);
            case BEARER -> "authorization";
            case PASSWORD -> "password";
        };
    }
}
