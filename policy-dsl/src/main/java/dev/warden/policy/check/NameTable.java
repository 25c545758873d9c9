package dev.warden.policy.check;

import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.ParsedFile;
import dev.warden.policy.syntax.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every declared name, across all files of the set (one namespace: rule ids must be unique and an
 * identity may not share a name with an entrypoint), with its kind and index.
 */
final class NameTable {
    private final Map<String, Decl> declarations = new LinkedHashMap<>();
    private final Diagnostics diagnostics;

    NameTable(List<ParsedFile> files, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (ParsedFile file : files) {
            for (Decl decl : file.declarations()) {
                declare(decl);
            }
        }
    }

    private void declare(Decl decl) {
        Decl first = declarations.putIfAbsent(decl.name().text(), decl);
        if (first != null) {
            diagnostics.error(Code.P011, decl.name().span(), "'" + decl.name().text() + "' is already declared",
                "first declared as " + kindOf(first) + " at " + first.name().span().where()
                    + "; names are shared by every declaration in every file of the set");
        }
    }

    /** The declarations that won their name, in file and source order. */
    List<Decl> declarations() {
        return List.copyOf(declarations.values());
    }

    /** Resolves {@code name} to a declaration of {@code kind}, or reports P010/P012 and returns null. */
    <T extends Decl> T resolve(Name name, Class<T> kind, String role) {
        Decl decl = declarations.get(name.text());
        if (decl == null) {
            String hint = Suggest.didYouMean(name.text(), namesOf(kind));
            diagnostics.error(Code.P010, name.span(), "unknown " + describe(kind) + " '" + name.text() + "'",
                hint != null ? hint : "declare it: " + keywordOf(kind) + " " + name.text() + " { ... }");
            return null;
        }
        if (!kind.isInstance(decl)) {
            String hint = Suggest.didYouMean(name.text(), namesOf(kind));
            diagnostics.error(Code.P012, name.span(), "'" + name.text() + "' is " + kindOf(decl) + ", but "
                + role + " needs " + article(describe(kind)), hint);
            return null;
        }
        return kind.cast(decl);
    }

    private List<String> namesOf(Class<? extends Decl> kind) {
        List<String> names = new ArrayList<>();
        declarations.forEach((name, decl) -> {
            if (kind.isInstance(decl)) {
                names.add(name);
            }
        });
        return names;
    }

    static String kindOf(Decl decl) {
        // Java 17 baseline: no pattern switch yet; Decl is sealed, so these are all the cases.
        if (decl instanceof Decl.Rule rule) {
            return "a " + rule.kind().keyword() + " rule";
        }
        return decl instanceof Decl.Identity ? "an identity" : "an entrypoint";
    }

    private static String describe(Class<? extends Decl> kind) {
        return kind == Decl.Identity.class ? "identity" : kind == Decl.EntryPoint.class ? "entrypoint" : "rule";
    }

    private static String keywordOf(Class<? extends Decl> kind) {
        return kind == Decl.Identity.class ? "identity" : kind == Decl.EntryPoint.class ? "entrypoint" : "permit";
    }

    private static String article(String noun) {
        return (noun.startsWith("i") || noun.startsWith("e") ? "an " : "a ") + noun;
    }
}
