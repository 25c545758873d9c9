package dev.warden.policy.eval;

import dev.warden.policy.Principal;
import dev.warden.policy.check.CheckedPolicy;

/**
 * One compiled identity. Issuer is exact, subject exact or a glob; audience, if given, must be
 * the {@code aud} claim or one of its comma- or space-separated values; group, if given, must be
 * among the principal's groups. An anonymous principal never matches.
 */
final class IdentityMatcher {
    private final String issuer;
    private final SubjectGlob subject;
    private final String audience;
    private final String group;

    IdentityMatcher(CheckedPolicy.Identity identity) {
        this.issuer = identity.issuer();
        this.subject = SubjectGlob.compile(identity.subject());
        this.audience = identity.audience();
        this.group = identity.group();
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
            && (audience == null || hasAudience(principal.claims().get("aud")))
            && (group == null || principal.groups().contains(group));
    }

    private boolean hasAudience(String claim) {
        if (claim == null) {
            return false;
        }
        if (claim.equals(audience)) {
            return true;
        }
        for (String part : claim.split("[,\\s]+")) {
            if (part.equals(audience)) {
                return true;
            }
        }
        return false;
    }
}
