package dev.warden.policy;

import java.util.List;

/** Denies every request with one reason; used when no valid policy could be loaded in enforce mode. */
record DenyAllPolicySet(String reason) implements PolicySet {

    static final String REVISION = "none";

    @Override
    public Decision decide(Request request) {
        return new Decision(Effect.DENY, List.of(), reason, REVISION);
    }

    @Override
    public Explanation explain(Request request) {
        return new Explanation(List.of(), decide(request));
    }

    @Override
    public String revision() {
        return REVISION;
    }

    @Override
    public List<EntryPointPattern> entryPoints() {
        return List.of();
    }

    @Override
    public List<RuleDeclaration> rules() {
        return List.of();
    }
}
