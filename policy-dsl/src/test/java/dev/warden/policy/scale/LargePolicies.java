package dev.warden.policy.scale;

import java.util.Random;

/**
 * Generates large policy sets for timing {@code PolicyLoader.check} ({@link PolicyLoadTiming}).
 * Rule r is a forbid when r mod 10 = 0, a mask ({@code detect [email]} on an endpoint) when
 * r mod 10 = 1, else a permit; a third of permits and forbids cover an endpoint, the rest an
 * entrypoint; most carry a {@code when} condition.
 */
final class LargePolicies {

    /** How rules name principals. */
    enum Shape {
        /** One identity per rule (rule r names identity r mod identities). */
        OWN,
        /** {@code perRule} consecutive identities from a random start. */
        WIDE,
        /** As {@link #WIDE}, with every other rule {@code principal any}. */
        ANY
    }

    private LargePolicies() {
    }

    static String generate(Shape shape, int identities, int rules, int perRule, int targets) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < identities; i++) {
            b.append("identity svc_").append(i).append(" {\n    issuer \"https://issuer.example\"\n    subject \"svc-")
                .append(i).append("@example.com\"\n}\n");
        }
        for (int t = 0; t < targets; t++) {
            b.append("entrypoint ep_").append(t).append(" {\n    method \"com.example.Service").append(t).append("#run\"\n}\n");
            b.append("endpoint api_").append(t).append(" {\n    url \"https://api").append(t).append(".example.com/**\"\n}\n");
        }
        Random random = new Random(42);
        for (int r = 0; r < rules; r++) {
            String kind = switch (r % 10) {
                case 0 -> "forbid";
                case 1 -> "mask";
                default -> "permit";
            };
            b.append(kind).append(" rule_").append(r).append(" {\n    principal ").append(principals(shape, r, identities,
                perRule, random)).append('\n');
            boolean endpoint = kind.equals("mask") || r % 3 == 0;
            b.append(endpoint ? "    endpoint api_" : "    call ep_").append(random.nextInt(targets)).append('\n');
            if (kind.equals("mask")) {
                b.append("    detect [email]\n    replace \"[M").append(r % 3).append("]\"\n");
            } else if (r % 4 != 0) {
                b.append(endpoint ? "    when payload.size <= " : "    when arg.size <= ").append(1000 + r).append('\n');
            }
            b.append("}\n");
        }
        return b.toString();
    }

    private static String principals(Shape shape, int r, int identities, int perRule, Random random) {
        if (shape == Shape.ANY && r % 2 == 0) {
            return "any";
        }
        if (shape == Shape.OWN) {
            return "svc_" + (r % identities);
        }
        StringBuilder b = new StringBuilder("[");
        int start = random.nextInt(identities);
        for (int k = 0; k < perRule; k++) {
            b.append(k == 0 ? "" : ", ").append("svc_").append((start + k) % identities);
        }
        return b.append(']').toString();
    }
}
