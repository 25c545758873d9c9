package dev.warden.policy.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a generated policy's conditions and identities mention, for requests that reach them: the
 * attributes they read, the claims, headers and groups, and the literals they compare with.
 */
record Mentions(List<String> attributes, List<String> claims, List<String> headers, List<String> groups,
                List<String> strings, List<Long> numbers) {

    private static final List<String> TYPED_NAMESPACES = List.of("arg", "payload", "http", "sql", "result", "time",
        "principal");

    static Mentions of(PolicyModel model) {
        Set<String> attributes = new LinkedHashSet<>();
        Set<String> claims = new LinkedHashSet<>();
        Set<String> headers = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> strings = new LinkedHashSet<>();
        Set<Long> numbers = new LinkedHashSet<>();
        model.identities().forEach(i -> {
            groups.addAll(i.groups());
            claims.addAll(i.claims().keySet());
            strings.addAll(i.claims().values());
        });
        for (PolicyModel.Rule rule : model.rules()) {
            for (PolicyModel.Clause clause : rule.conditions()) {
                Cond.walk(clause.condition(), c -> {
                    if (c instanceof Cond.Contains contains && contains.set().equals("principal.groups")) {
                        groups.add(contains.item());
                    }
                    for (Cond.Operand o : Cond.operands(c)) {
                        if (o instanceof Cond.Path p) {
                            path(p.dotted(), attributes, claims, headers);
                        } else if (o instanceof Cond.StrLit s) {
                            strings.add(s.value());
                        } else if (o instanceof Cond.IntLit i) {
                            numbers.add(i.value());
                        }
                    }
                });
            }
        }
        return new Mentions(List.copyOf(attributes), List.copyOf(claims), List.copyOf(headers), List.copyOf(groups),
            List.copyOf(strings), List.copyOf(numbers));
    }

    private static void path(String dotted, Set<String> attributes, Set<String> claims, Set<String> headers) {
        if (dotted.startsWith("principal.claim.")) {
            claims.add(dotted.substring("principal.claim.".length()));
        } else if (dotted.startsWith("http.header.")) {
            headers.add(dotted.substring("http.header.".length()));
        } else if (!TYPED_NAMESPACES.contains(dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted)) {
            attributes.add(dotted);
        }
    }

    /** {@code mentioned} and then {@code vocabulary}, without repeats: what a request picks values from. */
    static <T> List<T> with(List<T> mentioned, List<T> vocabulary) {
        Set<T> all = new LinkedHashSet<>(mentioned);
        all.addAll(vocabulary);
        return new ArrayList<>(all);
    }
}
