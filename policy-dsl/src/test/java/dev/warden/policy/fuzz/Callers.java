package dev.warden.policy.fuzz;

import dev.warden.policy.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Callers for generated requests: anonymous ones, callers built to match one identity (subject
 * glob filled, issuer, audience, every group and claim), callers that miss an identity by one
 * detail, and strangers, each with more groups and claims that the conditions read.
 */
final class Callers {

    enum Kind { ANONYMOUS, MATCHING, NEAR_MISS, STRANGER }

    /** Fills for '*' (no subject separator) and for '**' (anything). */
    private static final List<String> ONE = List.of("", "x", "svc-1", "\u00e9", "-", "a b");
    private static final List<String> ANY = List.of("", "x", "a.b", "svc-1@x", "\u00e9:/", "**");

    private Callers() {
    }

    static Principal caller(Kind kind, PolicyModel.Identity identity, Mentions mentions, Random random) {
        if (kind == Kind.ANONYMOUS) {
            return Principal.anonymous();
        }
        List<String> audiences = new ArrayList<>(pickSome(random, List.of("rag-pipeline", "other", "")));
        List<String> groups = new ArrayList<>(pickSome(random, Mentions.with(mentions.groups(), Vocabulary.GROUPS)));
        Map<String, String> claims = new HashMap<>();
        List<String> values = Mentions.with(mentions.strings(), Vocabulary.WORDS);
        pickSome(random, Mentions.with(mentions.claims(), Vocabulary.CLAIMS)).forEach(c -> claims.put(c, pick(random, values)));
        if (kind == Kind.STRANGER) {
            return new Principal(pick(random, List.of("stranger@example.com", "", "svc-ingest@warden.test")),
                pick(random, List.of("https://issuer.warden.test", "https://evil.example", "")), audiences, groups, claims);
        }
        if (identity.audience() != null) {
            audiences.add(random.nextInt(audiences.size() + 1), identity.audience());
        }
        groups.addAll(identity.groups());
        claims.putAll(identity.claims());
        String subject = fill(identity.subject(), random);
        String issuer = identity.issuer();
        if (kind == Kind.NEAR_MISS) {
            switch (random.nextInt(5)) {
                case 0 -> subject = subject + "/x";
                case 1 -> issuer = issuer + "/";
                case 2 -> groups.removeAll(identity.groups());
                case 3 -> claims.replaceAll((name, value) -> value + "x");
                default -> audiences.remove(identity.audience());
            }
        }
        return new Principal(subject, issuer, audiences, groups, claims);
    }

    /** A subject the glob matches: '*' filled without separators, '**' with anything. */
    static String fill(String glob, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            if (glob.startsWith("**", i)) {
                out.append(pick(random, ANY));
                i++;
            } else {
                out.append(glob.charAt(i) == '*' ? pick(random, ONE) : String.valueOf(glob.charAt(i)));
            }
        }
        return out.toString();
    }

    private static <T> List<T> pickSome(Random random, List<T> options) {
        List<T> some = new ArrayList<>();
        for (T option : options) {
            if (random.nextInt(3) == 0) {
                some.add(option);
            }
        }
        return some;
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
