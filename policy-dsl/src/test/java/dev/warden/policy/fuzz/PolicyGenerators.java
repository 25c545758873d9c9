package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid {@link PolicyModel}s over the whole language: one to three files with or without a header
 * ({@code default deny|monitor}, a time zone), identities with audiences, groups and claims,
 * entrypoints, endpoints and datasources, credentials whose {@code only_to} may or may not cover
 * the targets an inject rule reaches, approvers, and every kind of rule with one target clause and
 * conditions that fit it. Built without flatMap (a reference is an index, resolved when the model
 * is assembled): a flatMap makes new generators on every try, which made generation 20 times
 * slower than parsing.
 */
final class PolicyGenerators {
    private static final int MAX_FILES = 3;
    private static final int IDENTITIES = 4;
    private static final int ENTRYPOINTS = 3;
    private static final int ENDPOINTS = 3;
    private static final int DATASOURCES = 3;
    private static final int CREDENTIALS = 2;
    private static final int APPROVERS = 2;
    private static final int RULES = 10;
    private static final int NAMES = IDENTITIES + ENTRYPOINTS + ENDPOINTS + DATASOURCES + CREDENTIALS + APPROVERS + RULES;

    private PolicyGenerators() {
    }

    /** Declarations before their names are known; files are picked modulo the number of files. */
    private record Declarations(List<PolicyModel.Identity> identities, List<PolicyModel.EntryPoint> entryPoints,
                                List<PolicyModel.Endpoint> endpoints, List<Databases> datasources,
                                List<CredentialShape> credentials, List<PolicyModel.Approvers> approvers) {
    }

    private record Databases(int file, List<JdbcAddresses.Database> databases) {
    }

    /** @param onlyTo indexes into the endpoints followed by the datasources */
    private record CredentialShape(int file, String source, String location, List<Integer> onlyTo) {
    }

    static Arbitrary<PolicyModel> policies() {
        Arbitrary<List<String>> names = Values.names().list().uniqueElements().ofSize(NAMES);
        Arbitrary<List<PolicyModel.Header>> headers = header().list().ofSize(MAX_FILES);
        Arbitrary<Integer> files = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(1)), Tuple.of(2, Arbitraries.integers()
            .between(2, MAX_FILES)));
        return Combinators.combine(names, files, headers, declarations(), RuleGenerators.rules(RULES), Arbitraries.longs())
            .as(PolicyGenerators::assemble);
    }

    private static Arbitrary<Declarations> declarations() {
        Arbitrary<Integer> file = Arbitraries.integers().between(0, MAX_FILES - 1);
        Arbitrary<PolicyModel.EntryPoint> entryPoint = Combinators.combine(file, Values.methods().list().ofMinSize(1).ofMaxSize(3))
            .as((f, methods) -> new PolicyModel.EntryPoint(null, f, methods));
        Arbitrary<List<String>> methods = Arbitraries.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT")
            .list().uniqueElements().ofMaxSize(3).injectNull(0.5);
        Arbitrary<PolicyModel.Endpoint> endpoint = Combinators.combine(file, HttpAddresses.patterns().list().ofMinSize(1).ofMaxSize(3), methods)
            .as((f, urls, m) -> new PolicyModel.Endpoint(null, f, urls, m));
        Arbitrary<Databases> datasource = Combinators.combine(file, JdbcAddresses.databases().list().ofMinSize(1).ofMaxSize(2))
            .as(Databases::new);
        return Combinators.combine(identity(file).list().ofMinSize(1).ofMaxSize(IDENTITIES), entryPoint.list().ofMinSize(1)
                .ofMaxSize(ENTRYPOINTS), endpoint.list().ofMinSize(1).ofMaxSize(ENDPOINTS), datasource.list().ofMinSize(1)
                .ofMaxSize(DATASOURCES), credential(file).list().ofMinSize(1).ofMaxSize(CREDENTIALS),
                approvers(file).list().ofMinSize(1).ofMaxSize(APPROVERS))
            .as(Declarations::new);
    }

    private static Arbitrary<PolicyModel.Header> header() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(true)), Tuple.of(2, Arbitraries.just(false))),
                Arbitraries.of("deny", "monitor").injectNull(0.3), Arbitraries.of(Vocabulary.ZONES).injectNull(0.4))
            .as(PolicyModel.Header::new);
    }

    private static Arbitrary<PolicyModel.Identity> identity(Arbitrary<Integer> file) {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(Vocabulary.WORDS), Values.strings());
        Arbitrary<String> group = Arbitraries.oneOf(Arbitraries.of(Vocabulary.GROUPS), Values.strings()).filter(g -> !g.isEmpty());
        return Combinators.combine(file, Values.issuers(), Values.subjects(), Values.nonEmptyStrings().injectNull(0.6),
                group.list().ofMaxSize(2), Arbitraries.maps(Arbitraries.of(Vocabulary.CLAIMS), value).ofMaxSize(2))
            .as((f, issuer, subject, audience, groups, claims) -> new PolicyModel.Identity(null, f, issuer, subject, audience,
                groups, Map.copyOf(claims)));
    }

    private static Arbitrary<CredentialShape> credential(Arbitrary<Integer> file) {
        Arbitrary<Tuple.Tuple2<String, String>> source = Arbitraries.oneOf(
            Arbitraries.of("EMBEDDINGS_API_KEY", "_x", "A1", "db_password").map(v -> Tuple.of("env", v)),
            Arbitraries.oneOf(Arbitraries.of("/run/secrets/key", "/caf\u00e9/x y"), Values.strings().map(s -> "/" + s))
                .map(p -> Tuple.of("file", p)));
        return Combinators.combine(file, source, Arbitraries.integers().between(0, 11).list().ofMinSize(1).ofMaxSize(3))
            .as((f, s, onlyTo) -> new CredentialShape(f, s.get1(), s.get2(), onlyTo));
    }

    private static Arbitrary<PolicyModel.Approvers> approvers(Arbitrary<Integer> file) {
        Arbitrary<List<String>> values = Arbitraries.oneOf(Arbitraries.of("data-stewards", "dpo@example.com"), Values.nonEmptyStrings())
            .list().ofMaxSize(2);
        return Combinators.combine(file, values, values).as((f, groups, subjects) -> new PolicyModel.Approvers(null, f,
            groups.isEmpty() && subjects.isEmpty() ? List.of("data-stewards") : groups, subjects));
    }

    private static PolicyModel assemble(List<String> names, int files, List<PolicyModel.Header> headers, Declarations d,
                                        List<RuleGenerators.Shape> shapes, long layoutSeed) {
        Naming n = new Naming(names, files);
        List<PolicyModel.Identity> identities = new ArrayList<>();
        d.identities().forEach(i -> identities.add(new PolicyModel.Identity(n.next(), n.file(i.file()), i.issuer(), i.subject(),
            i.audience(), i.groups(), i.claims())));
        List<PolicyModel.EntryPoint> entryPoints = new ArrayList<>();
        n.skipTo(IDENTITIES);
        d.entryPoints().forEach(e -> entryPoints.add(new PolicyModel.EntryPoint(n.next(), n.file(e.file()), e.methods())));
        n.skipTo(IDENTITIES + ENTRYPOINTS);
        List<PolicyModel.Endpoint> endpoints = new ArrayList<>();
        d.endpoints().forEach(e -> endpoints.add(new PolicyModel.Endpoint(n.next(), n.file(e.file()), e.urls(), e.methods())));
        n.skipTo(IDENTITIES + ENTRYPOINTS + ENDPOINTS);
        Random spelling = new Random(layoutSeed);
        List<PolicyModel.Datasource> datasources = new ArrayList<>();
        d.datasources().forEach(ds -> datasources.add(new PolicyModel.Datasource(n.next(), n.file(ds.file()), ds.databases(),
            ds.databases().stream().map(db -> JdbcAddresses.spelled(db, spelling)).toList())));
        n.skipTo(IDENTITIES + ENTRYPOINTS + ENDPOINTS + DATASOURCES);
        List<String> destinations = new ArrayList<>(endpoints.stream().map(PolicyModel.Endpoint::name).toList());
        datasources.forEach(ds -> destinations.add(ds.name()));
        List<PolicyModel.Credential> credentials = new ArrayList<>();
        d.credentials().forEach(c -> credentials.add(new PolicyModel.Credential(n.next(), n.file(c.file()), c.source(),
            c.location(), RuleGenerators.pick(c.onlyTo(), destinations))));
        n.skipTo(NAMES - RULES - APPROVERS);
        List<PolicyModel.Approvers> approvers = new ArrayList<>();
        d.approvers().forEach(a -> approvers.add(new PolicyModel.Approvers(n.next(), n.file(a.file()), a.groups(), a.subjects())));
        n.skipTo(NAMES - RULES);
        PolicyModel partial = new PolicyModel(headers.subList(0, files), identities, entryPoints, endpoints, datasources,
            credentials, approvers, List.of(), layoutSeed);
        List<PolicyModel.Rule> rules = new ArrayList<>();
        shapes.forEach(s -> rules.add(RuleGenerators.resolve(s, n.next(), n.file(s.file()), partial)));
        return new PolicyModel(partial.headers(), identities, entryPoints, endpoints, datasources, covering(credentials, shapes, rules),
            approvers, rules, layoutSeed);
    }

    /** The credentials, with the targets of the inject rules meant to be covered added to their only_to. */
    private static List<PolicyModel.Credential> covering(List<PolicyModel.Credential> credentials, List<RuleGenerators.Shape> shapes,
                                                         List<PolicyModel.Rule> rules) {
        List<PolicyModel.Credential> result = new ArrayList<>();
        for (PolicyModel.Credential c : credentials) {
            Set<String> onlyTo = new LinkedHashSet<>(c.onlyTo());
            for (int r = 0; r < rules.size(); r++) {
                PolicyModel.Rule rule = rules.get(r);
                if (rule.inject() != null && shapes.get(r).obligation().covering() && rule.inject().credential().equals(c.name())) {
                    onlyTo.addAll(rule.target().names());
                }
            }
            result.add(new PolicyModel.Credential(c.name(), c.file(), c.source(), c.location(), List.copyOf(onlyTo)));
        }
        return result;
    }

    /** Hands out the generated names in slots, one slot range per kind of declaration. */
    private static final class Naming {
        private final List<String> names;
        private final int files;
        private int next;

        Naming(List<String> names, int files) {
            this.names = names;
            this.files = files;
        }

        String next() {
            return names.get(next++);
        }

        void skipTo(int slot) {
            next = slot;
        }

        int file(int pick) {
            return pick % files;
        }
    }
}
