package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.DeclKind;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.ParsedFile;
import dev.warden.policy.syntax.Suggest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every declared name, across all files of the set (one namespace: rule ids must be unique and an
 * identity may not share a name with an entrypoint), with its kind and its index among the
 * declarations of that kind.
 */
final class NameTable {
    private final Map<String, Decl> declarations = new LinkedHashMap<>();
    private final Map<Decl, Integer> fileOf = new IdentityHashMap<>();
    private final Map<DeclKind, List<Decl>> byKind = new EnumMap<>(DeclKind.class);
    private final Map<Decl, Integer> indexOf = new IdentityHashMap<>();
    // per set of kinds wanted, the names of those kinds; per unknown name, its hint: a typo
    // repeated in many rules is compared with every declared name once, not once per rule
    private final Map<Set<DeclKind>, List<String>> namesOf = new HashMap<>();
    private final Map<List<Object>, Optional<String>> hints = new HashMap<>();
    private final Diagnostics diagnostics;

    NameTable(List<ParsedFile> files, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (DeclKind kind : DeclKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        for (int f = 0; f < files.size(); f++) {
            for (Decl decl : files.get(f).declarations()) {
                fileOf.put(decl, f);
                if (decl.kind() == DeclKind.POLICY) {
                    byKind.get(DeclKind.POLICY).add(decl);
                } else {
                    declare(decl);
                }
            }
        }
    }

    private void declare(Decl decl) {
        Decl first = declarations.putIfAbsent(decl.name().text(), decl);
        if (first != null) {
            diagnostics.error(Code.P011, decl.name().span(), "'" + decl.name().text() + "' is already declared",
                "first declared as " + kindOf(first) + " at " + first.name().span().where()
                    + "; names are shared by every declaration in every file of the set");
        } else {
            List<Decl> ofKind = byKind.get(decl.kind());
            indexOf.put(decl, ofKind.size());
            ofKind.add(decl);
        }
    }

    /** The declarations of one kind that won their name, in file and source order. */
    List<Decl> of(DeclKind kind) {
        return List.copyOf(byKind.get(kind));
    }

    /** The index of the file (in the set's order) that holds {@code decl}. */
    int fileOf(Decl decl) {
        return fileOf.get(decl);
    }

    /**
     * Resolves {@code name} to a declaration of one of {@code kinds}, or reports P010/P012 and
     * returns null. {@code role} says who needs it, e.g. {@code 'principal'}.
     */
    Decl resolve(Name name, Set<DeclKind> kinds, String role) {
        Decl decl = declarations.get(name.text());
        String wanted = describe(kinds);
        if (decl == null) {
            String hint = didYouMean(name.text(), kinds);
            DeclKind first = kinds.iterator().next();
            diagnostics.error(Code.P010, name.span(), "unknown " + wanted + " '" + name.text() + "'",
                hint != null ? hint : "declare it: " + first.keyword() + " " + name.text() + " { ... }");
            return null;
        }
        if (!kinds.contains(decl.kind())) {
            String hint = didYouMean(name.text(), kinds);
            diagnostics.error(Code.P012, name.span(), "'" + name.text() + "' is " + kindOf(decl) + ", but "
                + role + " needs " + article(wanted), hint);
            return null;
        }
        return decl;
    }

    /** The index of {@code decl} among the declarations of its kind. */
    int indexOf(Decl decl) {
        return indexOf.get(decl);
    }

    private String didYouMean(String name, Set<DeclKind> kinds) {
        return hints.computeIfAbsent(List.of(name, kinds),
            k -> Optional.ofNullable(Suggest.didYouMean(name, namesOf(kinds)))).orElse(null);
    }

    private List<String> namesOf(Set<DeclKind> kinds) {
        return namesOf.computeIfAbsent(kinds, k -> {
            List<String> names = new ArrayList<>();
            declarations.forEach((name, decl) -> {
                if (kinds.contains(decl.kind())) {
                    names.add(name);
                }
            });
            return names;
        });
    }

    static String kindOf(Decl decl) {
        return decl.ruleKind() != null ? "a " + decl.ruleKind().keyword() + " rule" : decl.kind().described();
    }

    private static String describe(Set<DeclKind> kinds) {
        List<String> nouns = new ArrayList<>();
        for (DeclKind kind : DeclKind.values()) {
            if (kinds.contains(kind)) {
                nouns.add(kind.noun());
            }
        }
        return String.join(" or ", nouns);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
