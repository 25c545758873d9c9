package dev.warden.policy.eval;

import dev.warden.policy.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the identities a principal matches without trying them all: by issuer (exact), then by
 * subject (a hash lookup for exact subjects; only the glob subjects of that issuer are matched).
 */
final class IdentityIndex {
    private record ForIssuer(Map<String, int[]> exactSubjects, int[] globs) {
    }

    private final IdentityMatcher[] identities;
    private final Map<String, ForIssuer> byIssuer = new HashMap<>();

    IdentityIndex(IdentityMatcher[] identities) {
        this.identities = identities;
        Map<String, Map<String, List<Integer>>> exact = new HashMap<>();
        Map<String, List<Integer>> globs = new HashMap<>();
        for (int i = 0; i < identities.length; i++) {
            IdentityMatcher m = identities[i];
            exact.computeIfAbsent(m.issuer(), k -> new HashMap<>());
            globs.computeIfAbsent(m.issuer(), k -> new ArrayList<>());
            if (m.exactSubject() != null) {
                exact.get(m.issuer()).computeIfAbsent(m.exactSubject(), k -> new ArrayList<>()).add(i);
            } else {
                globs.get(m.issuer()).add(i);
            }
        }
        exact.forEach((issuer, subjects) -> {
            Map<String, int[]> arrays = new HashMap<>();
            subjects.forEach((subject, list) -> arrays.put(subject, toArray(list)));
            byIssuer.put(issuer, new ForIssuer(arrays, toArray(globs.get(issuer))));
        });
    }

    int size() {
        return identities.length;
    }

    /** Bit set over identity indexes: the ones this principal matches. Empty for anonymous callers. */
    long[] matching(Principal principal) {
        long[] matched = new long[(identities.length + 63) >>> 6];
        ForIssuer candidates = principal.isAnonymous() ? null : byIssuer.get(principal.issuer());
        if (candidates != null) {
            int[] exact = candidates.exactSubjects.get(principal.subject());
            if (exact != null) {
                mark(exact, principal, matched);
            }
            mark(candidates.globs, principal, matched);
        }
        return matched;
    }

    private void mark(int[] candidates, Principal principal, long[] matched) {
        for (int i : candidates) {
            if (identities[i].matches(principal)) {
                matched[i >>> 6] |= 1L << i;
            }
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
