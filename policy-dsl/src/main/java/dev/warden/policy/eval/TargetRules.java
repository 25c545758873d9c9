package dev.warden.policy.eval;

/**
 * The rules of one target declaration, pre-split by identity: a caller who matches exactly one identity
 * (the common case) only has that identity's rules and the {@code principal any} rules evaluated.
 */
final class TargetRules {
    private final RuleSet all;
    private final RuleSet anyPrincipal;
    private final RuleSet[] byIdentity;

    /**
     * @param all every rule of the declaration
     * @param anyPrincipal those with {@code principal any}
     * @param byIdentity per identity index: the rules naming it, plus {@code anyPrincipal}
     */
    TargetRules(RuleSet all, RuleSet anyPrincipal, RuleSet[] byIdentity) {
        this.all = all;
        this.anyPrincipal = anyPrincipal;
        this.byIdentity = byIdentity;
    }

    /** The rules that can apply to a caller matching the identities in {@code who}. */
    RuleSet select(long[] who) {
        int only = -1;
        for (int w = 0; w < who.length; w++) {
            long bits = who[w];
            if (bits == 0) {
                continue;
            }
            if (only >= 0 || Long.bitCount(bits) > 1) {
                return all; // several identities: every rule re-checks its principal clause anyway
            }
            only = (w << 6) + Long.numberOfTrailingZeros(bits);
        }
        return only < 0 ? anyPrincipal : byIdentity[only];
    }
}
