package dev.warden.policy.eval;

import dev.warden.policy.Principal;
import dev.warden.policy.check.CheckedPolicy;
import java.util.List;
import java.util.Map;

/**
 * One compiled identity. Issuer is exact, subject exact or a glob; audience, if given, must be
 * among the principal's audiences; every group must be among its groups and every claim must have
 * exactly the given value. An anonymous principal never matches.
 */
final class IdentityMatcher {
    private final String issuer;
    private final Glob subject;
    private final String audience;
    private final List<String> groups;
    private final Map<String, String> claims;

    IdentityMatcher(CheckedPolicy.Identity identity) {
        this.issuer = identity.issuer();
        this.subject = Glob.compile(identity.subject(), Glob.SUBJECT);
        this.audience = identity.audience();
        this.groups = identity.groups();
        this.claims = identity.claims();
    }

    String issuer() {
        return issuer;
    }

    /** The subject when it is not a glob (so it can be found by hash lookup), else null. */
    String exactSubject() {
        return subject.exact();
    }

    boolean matches(Principal principal) {
        return !principal.isAnonymous()
            && subject.matches(principal.subject())
            && issuer.equals(principal.issuer())
            && (audience == null || principal.audiences().contains(audience))
            && principal.groups().containsAll(groups)
            && hasClaims(principal.claims());
    }

    private boolean hasClaims(Map<String, String> actual) {
        for (Map.Entry<String, String> claim : claims.entrySet()) {
            if (!claim.getValue().equals(actual.get(claim.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
