package dev.warden.policy.check;

import dev.warden.policy.CredentialSource;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.Injection;
import dev.warden.policy.MaskSpec;
import dev.warden.policy.address.JdbcAddress;
import dev.warden.policy.address.UrlPattern;
import dev.warden.policy.syntax.Expr;
import dev.warden.policy.syntax.RuleKind;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy set with every name resolved to an index (into the list of its kind) and every value
 * validated. Compiled only when the check found no errors.
 */
public record CheckedPolicy(List<FileHeader> files, List<Identity> identities, List<EntryPoint> entryPoints,
                            List<Endpoint> endpoints, List<Datasource> datasources, List<Credential> credentials,
                            List<Approvers> approvers, List<Rule> rules) {

    public CheckedPolicy {
        files = List.copyOf(files);
        identities = List.copyOf(identities);
        entryPoints = List.copyOf(entryPoints);
        endpoints = List.copyOf(endpoints);
        datasources = List.copyOf(datasources);
        credentials = List.copyOf(credentials);
        approvers = List.copyOf(approvers);
        rules = List.copyOf(rules);
    }

    /**
     * Every method the entrypoint declarations name, without repeats, in declaration order. Also
     * meaningful when the check found errors: declarations that did check are still listed, so the
     * agent can guard them while a policy that failed to load denies everything.
     */
    public List<EntryPointPattern> entryPointPatterns() {
        java.util.Set<EntryPointPattern> all = new java.util.LinkedHashSet<>();
        entryPoints.forEach(entryPoint -> all.addAll(entryPoint.patterns()));
        return List.copyOf(all);
    }

    /** One file's {@code policy} header (defaults when it has none). */
    public record FileHeader(String file, boolean monitor, ZoneId zone) {
    }

    /** @param audience or null */
    public record Identity(String name, String issuer, String subject, String audience, List<String> groups,
                           Map<String, String> claims) {
        public Identity {
            groups = List.copyOf(groups);
            claims = Map.copyOf(claims);
        }
    }

    /** @param file index into {@link #files()} */
    public record EntryPoint(String name, List<EntryPointPattern> patterns, int file) {
        public EntryPoint {
            patterns = List.copyOf(patterns);
        }
    }

    /** @param methods upper-case HTTP methods; empty for any */
    public record Endpoint(String name, List<UrlPattern> urls, Set<String> methods, int file) {
        public Endpoint {
            urls = List.copyOf(urls);
            methods = Set.copyOf(methods);
        }
    }

    public record Datasource(String name, List<JdbcAddress> addresses, int file) {
        public Datasource {
            addresses = List.copyOf(addresses);
        }
    }

    /** A target declaration: an endpoint or datasource index. */
    public record TargetRef(TargetKind kind, int index) {
    }

    public record Credential(String name, CredentialSource source, List<TargetRef> onlyTo) {
        public Credential {
            onlyTo = List.copyOf(onlyTo);
        }
    }

    public record Approvers(String name, List<String> groups, List<String> subjects) {
        public Approvers {
            groups = List.copyOf(groups);
            subjects = List.copyOf(subjects);
        }
    }

    /**
     * @param principals indexes into identities, or null for {@code principal any}
     * @param targetKind which kind of target the rule covers
     * @param targets indexes into the declarations of that kind, or null for {@code any}
     * @param file index into {@link #files()}
     * @param line the line of the rule's name in that file
     * @param usesResult whether a condition reads {@code result.*}
     * @param mask for a mask rule, its spec; otherwise null
     * @param inject for an inject rule; otherwise null
     * @param approvers for a require_approval rule, the index into approvers; otherwise -1
     */
    public record Rule(String name, RuleKind kind, List<Integer> principals, TargetKind targetKind,
                       List<Integer> targets, List<Condition> conditions, int file, int line, boolean usesResult,
                       MaskSpec mask, Inject inject, int approvers) {
        public Rule {
            principals = principals == null ? null : List.copyOf(principals);
            targets = targets == null ? null : List.copyOf(targets);
            conditions = List.copyOf(conditions);
        }
    }

    /** An inject rule's credential (index into credentials) and slot. */
    public record Inject(int credential, Injection.Slot slot, String header) {
    }

    /** A {@code when} (negated false) or {@code unless} (negated true) clause. */
    public record Condition(boolean negated, Expr expr) {
    }
}
