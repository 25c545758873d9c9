package dev.warden.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Large generated sets, where the indexes that make loading near-linear (rules filed by target and
 * identity, lints comparing only rules that can meet) take other paths than a plain scan would.
 * Each result is held to what that plain scan, written out here, says.
 */
class LargePolicySetTest {
    private static final int IDENTITIES = 300;
    /** Identities from here on are named by no rule: only {@code principal any} rules reach them. */
    private static final int NAMED_IDENTITIES = 280;
    private static final int ENTRYPOINTS = 20;
    private static final int ENDPOINTS = 10;

    /** One generated rule: its principals and targets (null for any). */
    private record Rule(String kind, String name, List<Integer> principals, List<Integer> targets, String replace) {
        String text() {
            String clause = kind.equals("mask") ? "endpoint" : "call";
            String prefix = kind.equals("mask") ? "api_" : "ep_";
            return kind + " " + name + " {\n    principal " + names(principals, "svc_") + "\n    " + clause + " "
                + names(targets, prefix) + (kind.equals("mask") ? "\n    detect [email]\n    replace \"" + replace + "\"" : "")
                + "\n}\n";
        }

        boolean covers(Rule narrow) {
            return coversAll(principals, narrow.principals) && coversAll(targets, narrow.targets);
        }

        boolean meets(Rule other) {
            return overlap(principals, other.principals) && overlap(targets, other.targets);
        }

        boolean reaches(int identity, int target) {
            return (principals == null || principals.contains(identity)) && (targets == null || targets.contains(target));
        }
    }

    private static String names(List<Integer> indexes, String prefix) {
        return indexes == null ? "any" : "[" + String.join(", ", indexes.stream().map(i -> prefix + i).toList()) + "]";
    }

    private static boolean coversAll(List<Integer> wide, List<Integer> narrow) {
        return wide == null || (narrow != null && wide.containsAll(narrow));
    }

    private static boolean overlap(List<Integer> a, List<Integer> b) {
        return a == null || b == null || a.stream().anyMatch(b::contains);
    }

    /** {@code count} distinct indexes below {@code bound}, or one time in {@code anyOneIn} null (0: never). */
    private static List<Integer> some(Random random, int bound, int count, int anyOneIn) {
        if (anyOneIn > 0 && random.nextInt(anyOneIn) == 0) {
            return null;
        }
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < count) {
            int i = random.nextInt(bound);
            if (!picked.contains(i)) {
                picked.add(i);
            }
        }
        return picked;
    }

    private static List<Rule> generate() {
        Random random = new Random(20240611);
        List<Rule> rules = new ArrayList<>();
        for (int r = 0; r < 1500; r++) {
            String kind = r % 25 == 0 ? "forbid" : r % 5 == 0 ? "mask" : "permit";
            int targets = kind.equals("mask") ? ENDPOINTS : ENTRYPOINTS;
            // no rule names 'any' twice, and forbids name no 'any' target: one such rule would decide
            // every request alike
            boolean forbid = kind.equals("forbid");
            List<Integer> principals = some(random, NAMED_IDENTITIES, 1 + random.nextInt(forbid ? 40 : 4), 9);
            rules.add(new Rule(kind, kind + "_" + r, principals,
                some(random, targets, 1 + random.nextInt(2), forbid || principals == null ? 0 : 13), "[M" + random.nextInt(2) + "]"));
        }
        return rules;
    }

    private static String source(List<Rule> rules) {
        StringBuilder text = new StringBuilder(identities(IDENTITIES));
        for (int e = 0; e < ENTRYPOINTS; e++) {
            text.append("entrypoint ep_").append(e).append(" {\n    method \"com.example.Service").append(e).append("#run\"\n}\n");
        }
        for (int e = 0; e < ENDPOINTS; e++) {
            text.append("endpoint api_").append(e).append(" {\n    url \"https://api").append(e).append(".example.com/**\"\n}\n");
        }
        rules.forEach(r -> text.append(r.text()));
        return text.toString();
    }

    /** The W001 and W003 messages a pairwise scan gives, in rule order. */
    private static List<String> expectedLints(List<Rule> rules) {
        List<String> expected = new ArrayList<>();
        for (int b = 0; b < rules.size(); b++) {
            Rule rule = rules.get(b);
            if (rule.kind.equals("permit")) {
                rules.stream().filter(f -> f.kind.equals("forbid") && f.covers(rule)).findFirst().ifPresent(f -> expected.add(
                    "W001 permit '" + rule.name + "' never takes effect: forbid '" + f.name + "' always overrides it"));
            } else if (rule.kind.equals("mask")) {
                rules.subList(0, b).stream().filter(a -> a.kind.equals("mask") && a.meets(rule) && !a.replace.equals(rule.replace))
                    .findFirst().ifPresent(a -> expected.add("W003 mask '" + rule.name + "' overlaps mask '" + a.name
                        + "' on detector 'email' with a different replacement or scope"));
            }
        }
        return expected;
    }

    @Test
    void lintsOfALargeSetAreThoseOfAPairwiseScan() {
        List<Rule> rules = generate();
        CheckResult result = PolicyLoader.check("large.policy", source(rules));
        assertTrue(result.ok(), () -> result.errors().toString());
        List<String> expected = expectedLints(rules);
        assertTrue(expected.stream().filter(w -> w.startsWith("W001")).count() > 20, "the generated set exercises W001");
        assertTrue(expected.stream().filter(w -> w.startsWith("W003")).count() > 20, "the generated set exercises W003");
        assertEquals(expected, result.warnings().stream().map(d -> d.code() + " " + d.message()).toList());
    }

    @Test
    void decisionsOfALargeSetAreThoseOfAPlainScanForEveryIdentityAndEntryPoint() {
        List<Rule> rules = generate();
        PolicySet set = Policies.compile(source(rules));
        Set<String> kinds = new TreeSet<>();
        // ENTRYPOINTS itself is a method no entrypoint declares: only 'call any' rules reach it
        for (int e = 0; e <= ENTRYPOINTS; e++) {
            EntryPointCall call = new EntryPointCall("com.example.Service" + e, "run", List.of(),
                Set.of("com.example.Service" + e, "java.lang.Object"));
            for (int i = 0; i < IDENTITIES; i++) {
                Decision d = set.decide(new Request(Policies.principal("svc-" + i + "@warden.test"), call, Map.of()));
                assertEquals(expected(rules, i, e), d.effect() + " " + d.ruleIds(), "svc_" + i + " calling ep_" + e);
                kinds.add(d.effect() + (d.ruleIds().isEmpty() ? " by default" : " by rule"));
            }
        }
        assertEquals(Set.of("DENY by default", "DENY by rule", "PERMIT by rule"), kinds, "the generated set exercises each");
    }

    private static String expected(List<Rule> rules, int identity, int target) {
        Set<String> forbids = new TreeSet<>();
        Set<String> permits = new TreeSet<>();
        for (Rule r : rules) {
            if (r.kind.equals("forbid") && r.reaches(identity, target)) {
                forbids.add(r.name);
            } else if (r.kind.equals("permit") && r.reaches(identity, target)) {
                permits.add(r.name);
            }
        }
        if (!forbids.isEmpty()) {
            return "DENY " + List.copyOf(forbids);
        }
        return (permits.isEmpty() ? "DENY " : "PERMIT ") + List.copyOf(permits);
    }

    @Test
    void aForbidDeclaredFirstStillOverridesTheThousandthPermit() {
        StringBuilder text = new StringBuilder(identities(1000));
        text.append("entrypoint ep {\n    method \"com.example.Service#run\"\n}\n");
        text.append("forbid not_the_last {\n    principal [svc_998, svc_999, svc_500]\n    call ep\n}\n");
        for (int r = 0; r < 1000; r++) {
            text.append("permit p_").append(r).append(" {\n    principal [svc_").append(r).append("]\n    call ep\n}\n");
        }
        CheckResult result = PolicyLoader.check("large.policy", text.toString());
        assertEquals(List.of("W001 permit 'p_500' never takes effect: forbid 'not_the_last' always overrides it",
                "W001 permit 'p_998' never takes effect: forbid 'not_the_last' always overrides it",
                "W001 permit 'p_999' never takes effect: forbid 'not_the_last' always overrides it"),
            result.warnings().stream().map(d -> d.code() + " " + d.message()).toList());
    }

    @Test
    void theFirstCoveringForbidIsNamedWhetherItNamesThePrincipalOrAny() {
        String declarations = identities(3) + "entrypoint ep {\n    method \"com.example.Service#run\"\n}\n";
        String permit = "permit p {\n    principal [svc_1, svc_2]\n    call ep\n}\n";
        String named = "forbid named {\n    principal [svc_2, svc_0, svc_1]\n    call ep\n}\n";
        String any = "forbid everyone {\n    principal any\n    call any\n}\n";
        String partial = "forbid partial {\n    principal [svc_1]\n    call ep\n}\n";
        assertEquals("forbid 'named'", overrider(declarations + partial + named + permit + any));
        assertEquals("forbid 'everyone'", overrider(declarations + partial + any + permit + named));
        assertEquals(null, overrider(declarations + partial + permit));
    }

    private static String overrider(String source) {
        List<Diagnostic> warnings = PolicyLoader.check("t.policy", source).warnings();
        return warnings.isEmpty() ? null : warnings.get(0).message().replaceAll(".*: (forbid '[^']+').*", "$1");
    }

    @Test
    void aTypoRepeatedInManyRulesGetsTheHintOfItsKindInEachOne() {
        StringBuilder text = new StringBuilder();
        text.append("identity ingest {\n    issuer \"i\"\n    subject \"s\"\n}\n");
        text.append("entrypoint ingost {\n    method \"com.example.Service#run\"\n}\n");
        for (int r = 0; r < 500; r++) {
            text.append("permit p_").append(r).append(" {\n    principal ingset\n    call ingset\n}\n");
        }
        List<String> hints = Policies.errors(text.toString()).stream().map(d -> d.code() + " " + d.hint()).toList();
        assertEquals(1000, hints.size());
        for (int r = 0; r < 500; r++) {
            assertEquals(List.of("P010 did you mean 'ingest'?", "P010 did you mean 'ingost'?"), hints.subList(2 * r, 2 * r + 2));
        }
    }

    /** Identities {@code svc_0 ...}, subject {@code svc-0@warden.test ...}. */
    private static String identities(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("identity svc_").append(i).append(" {\n    issuer \"").append(Policies.ISSUER)
                .append("\"\n    subject \"svc-").append(i).append("@warden.test\"\n}\n");
        }
        return text.toString();
    }
}
