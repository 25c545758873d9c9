package dev.warden.policy.syntax;

import java.util.List;

/** The declarations parsed from one file (those that parsed well enough to have a name). */
public record ParsedFile(SourceFile source, List<Decl> declarations) {
    public ParsedFile {
        declarations = List.copyOf(declarations);
    }
}
