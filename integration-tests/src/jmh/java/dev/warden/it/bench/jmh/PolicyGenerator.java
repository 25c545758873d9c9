package dev.warden.it.bench.jmh;

import dev.warden.policy.EntryPointCall;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a policy of a given number of rules, with the shapes real ones have, and requests
 * against it. Identities ({@code rules / 2}, over three issuers, one in ten a subject glob, some
 * with a group) and entrypoints ({@code rules / 20}, two methods each, method names shared across
 * classes) are many. Rules come in grants of an identity to an entrypoint: a narrow permit (small
 * documents of one tenant), a broad permit, a forbid for huge documents shared with the next
 * identity, and on every fourth grant a forbid for frozen callers. So a request usually has several
 * candidate rules, and the one that decides is often not the first.
 *
 * <p>The requests mix permits, forbids and default denies (anonymous callers, unknown subjects,
 * calls outside the caller's grants): {@link Mix} counts them so the benchmark can check.
 */
final class PolicyGenerator {

    static final String[] ISSUERS = {"https://login.bench.example", "https://sts.bench.example", "https://ci.bench.example"};
    private static final String[] METHODS = {"split", "splitAll", "load", "embed", "query"};
    private static final String PACKAGE = "com.example.pipeline";

    /** Per generated grant: the identity and entrypoint it joins. */
    private record Grant(int identity, int entrypoint, boolean frozenRule) {
    }

    record Generated(String text, List<Request> requests) {
    }

    private final int rules;
    private final int identities;
    private final int entrypoints;
    private final List<Grant> grants = new ArrayList<>();

    private PolicyGenerator(int rules) {
        this.rules = rules;
        this.identities = Math.max(4, rules / 2);
        this.entrypoints = Math.max(2, rules / 20);
    }

    /** A policy of exactly {@code rules} rules and {@code requests} requests against it, fixed by {@code seed}. */
    static Generated generate(int rules, int requests, long seed) {
        if (rules < 3) {
            throw new IllegalArgumentException("generate at least 3 rules, got " + rules);
        }
        PolicyGenerator generator = new PolicyGenerator(rules);
        String text = generator.text();
        return new Generated(text, generator.requests(requests, new Random(seed)));
    }

    private String text() {
        StringBuilder out = new StringBuilder("# generated: " + rules + " rules\n");
        for (int i = 0; i < identities; i++) {
            out.append("identity id_").append(i).append(" {\n    issuer \"").append(issuer(i)).append("\"\n")
                .append("    subject \"").append(isGlob(i) ? "svc-" + i + "-*@bench.example" : subject(i)).append("\"\n");
            if (i % 7 == 3) {
                out.append("    group \"etl\"\n");
            }
            out.append("}\n");
        }
        for (int e = 0; e < entrypoints; e++) {
            String type = PACKAGE + ".Stage" + e;
            out.append("entrypoint ep_").append(e).append(" {\n")
                .append("    method \"").append(type).append('#').append(method(e)).append("\"\n")
                .append("    method \"").append(type).append('#').append(METHODS[(e + 1) % METHODS.length]).append("(java.util.List)\"\n")
                .append("}\n");
        }
        int written = 0;
        for (int k = 0; written < rules; k++) {
            Grant g = new Grant(k % identities, (k * 3) % entrypoints, k % 4 == 0);
            grants.add(g);
            written = grant(out, k, g, written);
        }
        return out.toString();
    }

    private int grant(StringBuilder out, int k, Grant g, int written) {
        List<String> rulesOfGrant = new ArrayList<>(List.of(
            "permit g" + k + "_small {\n    principal id_" + g.identity + "\n    call ep_" + g.entrypoint
                + "\n    when arg.size <= 2000 and tenant == \"t" + (k % 4) + "\"\n}\n",
            "permit g" + k + "_broad {\n    principal id_" + g.identity + "\n    call ep_" + g.entrypoint
                + "\n    when arg.size <= 5000000\n}\n",
            "forbid g" + k + "_huge {\n    principal [id_" + g.identity + ", id_" + ((g.identity + 1) % identities) + "]\n    call ep_"
                + g.entrypoint + "\n    when arg.size > 1000000\n}\n"));
        if (g.frozenRule) {
            rulesOfGrant.add("forbid g" + k + "_frozen {\n    principal id_" + g.identity + "\n    call ep_" + g.entrypoint
                + "\n    when principal.groups contains \"frozen\"\n}\n");
        }
        int n = written;
        for (String rule : rulesOfGrant) {
            if (n < rules) {
                out.append(rule);
                n++;
            }
        }
        return n;
    }

    private List<Request> requests(int count, Random random) {
        List<Request> requests = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            int kind = random.nextInt(100);
            Grant g = grants.get(random.nextInt(grants.size()));
            Map<String, Object> attributes = Map.of("arg.size", size(random), "arg.count", 1L + random.nextInt(3),
                "tenant", "t" + random.nextInt(4));
            Principal principal;
            int entrypoint = g.entrypoint;
            if (kind < 5) {
                principal = Principal.anonymous();
            } else if (kind < 10) {
                principal = Principal.verified("svc-unknown-" + r + "@bench.example", issuer(g.identity));
            } else {
                principal = principal(g.identity, random);
                if (kind < 20) {
                    entrypoint = (entrypoint + 1 + random.nextInt(entrypoints - 1)) % entrypoints; // outside the grant, mostly
                }
            }
            requests.add(new Request(principal, call(entrypoint), attributes));
        }
        return requests;
    }

    private Principal principal(int identity, Random random) {
        String subject = isGlob(identity) ? "svc-" + identity + "-worker" + random.nextInt(9) + "@bench.example" : subject(identity);
        List<String> groups = random.nextInt(10) == 0 ? List.of("frozen") : (identity % 7 == 3 ? List.of("etl") : List.of());
        return new Principal(subject, issuer(identity), groups, Map.of("tenant", "t" + identity % 4));
    }

    private static long size(Random random) {
        int bucket = random.nextInt(100);
        if (bucket < 50) {
            return 200 + random.nextInt(1_800);
        }
        return bucket < 95 ? 2_000 + random.nextInt(900_000) : 2_000_000 + random.nextInt(1_000_000);
    }

    private static EntryPointCall call(int entrypoint) {
        String type = PACKAGE + ".Stage" + entrypoint;
        return new EntryPointCall(type, method(entrypoint), List.of("java.lang.String"),
            Set.of(type, PACKAGE + ".PipelineStage", "java.lang.Object"));
    }

    private static String method(int entrypoint) {
        return METHODS[entrypoint % METHODS.length];
    }

    private static String issuer(int identity) {
        return ISSUERS[identity % ISSUERS.length];
    }

    private static String subject(int identity) {
        return "svc-" + identity + "@bench.example";
    }

    private static boolean isGlob(int identity) {
        return identity % 10 == 9;
    }

    /** How a set of decisions split: the benchmark refuses a mix that lacks one kind. */
    record Mix(int permits, int forbids, int defaultDenies) {

        void check(int rules) {
            if (permits == 0 || forbids == 0 || defaultDenies == 0) {
                throw new IllegalStateException("the generated requests at " + rules + " rules should permit, forbid and "
                    + "default-deny; got " + this);
            }
        }
    }
}
