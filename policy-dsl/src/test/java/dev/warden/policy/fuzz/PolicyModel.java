package dev.warden.policy.fuzz;

import java.util.List;
import java.util.Map;

/**
 * A generated policy set before it becomes text: valid by construction (names unique across the
 * set, references to declared names of the right kind, one target clause per rule, conditions
 * well typed for the rule's target and kind, at most 64 levels of nesting). Every declaration says
 * which file of the set it is in; {@link #headers} has one entry per file.
 *
 * @param layoutSeed drives the cosmetic choices of {@link PolicyText}: line breaks, spacing,
 *     comments, string escapes, member order
 */
record PolicyModel(List<Header> headers, List<Identity> identities, List<EntryPoint> entryPoints, List<Endpoint> endpoints,
                   List<Datasource> datasources, List<Credential> credentials, List<Approvers> approvers, List<Rule> rules,
                   long layoutSeed) {

    /**
     * A file's {@code policy { }} header.
     *
     * @param written whether the file has one at all
     * @param mode {@code deny}, {@code monitor}, or null for no {@code default} field
     * @param zone the {@code timezone}, or null for none (UTC)
     */
    record Header(boolean written, String mode, String zone) {
        boolean monitor() {
            return written && "monitor".equals(mode);
        }
    }

    record Identity(String name, int file, String issuer, String subject, String audience, List<String> groups,
                    Map<String, String> claims) {
    }

    record EntryPoint(String name, int file, List<Method> methods) {
    }

    /** @param parameterTypes null for "any overload" */
    record Method(String className, String methodName, List<String> parameterTypes) {
        String text(String separator) {
            return className + "#" + methodName + (parameterTypes == null ? "" : "(" + String.join(separator, parameterTypes) + ")");
        }
    }

    /** @param methods null for no {@code method} field, empty for {@code method any} */
    record Endpoint(String name, int file, List<String> urls, List<String> methods) {
    }

    /** @param urls how the declaration spells each of its databases */
    record Datasource(String name, int file, List<JdbcAddresses.Database> databases, List<String> urls) {
    }

    /** @param source {@code env} or {@code file} */
    record Credential(String name, int file, String source, String location, List<String> onlyTo) {
    }

    record Approvers(String name, int file, List<String> groups, List<String> subjects) {
    }

    enum Kind {
        PERMIT, FORBID, REQUIRE_APPROVAL, MASK, INJECT;

        String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a rule covers: its one target clause. */
    enum On {
        CALL, ENDPOINT, DATASOURCE;

        String clause() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @param names empty for {@code any} */
    record Target(List<String> names) {
        boolean any() {
            return names.isEmpty();
        }

        boolean covers(String name) {
            return any() || names.contains(name);
        }
    }

    /**
     * @param approvers the approvers a require_approval rule names, else null
     * @param mask what a mask rule masks, else null
     * @param inject what an inject rule injects, else null
     */
    record Rule(Kind kind, String name, int file, Target principal, On on, Target target, List<Clause> conditions,
                String approvers, Mask mask, Inject inject) {
    }

    record Clause(boolean unless, Cond condition) {
    }

    /**
     * @param replace null for the default replacement
     * @param apply {@code input}, {@code output}, {@code both}, or null for the default (both)
     */
    record Mask(List<String> detectors, List<String> regexes, List<String> columns, String replace, String apply) {
    }

    /** @param slot {@code header}, {@code bearer} or {@code password}; @param header the header name, else null */
    record Inject(String credential, String slot, String header) {
    }

    /** The file names of the set, in the order the loader reads them. */
    static String fileName(int file) {
        return (char) ('a' + file) + ".policy";
    }

    Rule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    Credential credential(String name) {
        return credentials.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    Approvers approversNamed(String name) {
        return approvers.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** The names of the declarations a target clause of {@code on} may name. */
    List<String> targetNames(On on) {
        return switch (on) {
            case CALL -> entryPoints.stream().map(EntryPoint::name).toList();
            case ENDPOINT -> endpoints.stream().map(Endpoint::name).toList();
            case DATASOURCE -> datasources.stream().map(Datasource::name).toList();
        };
    }

    /** The same set with no file headers: for mistakes that are themselves headers. */
    PolicyModel withoutHeaders() {
        return withHeaders(0);
    }

    /** The same set with a header in its first file only: its files joined make one valid file. */
    PolicyModel withOneHeader() {
        return withHeaders(1);
    }

    private PolicyModel withHeaders(int kept) {
        List<Header> some = new java.util.ArrayList<>(headers.subList(0, Math.min(kept, headers.size())));
        while (some.size() < headers.size()) {
            some.add(new Header(false, null, null));
        }
        return new PolicyModel(some, identities, entryPoints, endpoints, datasources, credentials, approvers, rules, layoutSeed);
    }
}
