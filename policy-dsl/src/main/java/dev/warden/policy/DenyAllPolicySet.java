package dev.warden.policy;

import java.util.List;
import java.util.Map;

/** Denies every request with one reason; used when no valid policy could be loaded in enforce mode. */
record DenyAllPolicySet(String reason, List<EntryPointPattern> entryPoints) implements PolicySet {

    static final String REVISION = "none";

    DenyAllPolicySet {
        entryPoints = List.copyOf(entryPoints);
    }

    @Override
    public Decision decide(Request request) {
        return new Decision(Effect.DENY, List.of(), reason, REVISION);
    }

    @Override
    public Explanation explain(Request request) {
        return new Explanation(List.of(), decide(request));
    }

    @Override
    public boolean standsIn() {
        return true;
    }

    @Override
    public String revision() {
        return REVISION;
    }

    @Override
    public List<RuleDeclaration> rules() {
        return List.of();
    }

    @Override
    public Map<String, CredentialSource> credentials() {
        return Map.of();
    }
}
