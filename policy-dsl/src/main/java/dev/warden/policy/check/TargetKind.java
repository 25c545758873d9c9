package dev.warden.policy.check;

import dev.warden.policy.Action;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.HttpCall;
import dev.warden.policy.syntax.DeclKind;

/** What a rule covers, by its one target clause: entry-point calls, HTTP endpoints or datasources. */
public enum TargetKind {
    CALL("call", DeclKind.ENTRYPOINT),
    ENDPOINT("endpoint", DeclKind.ENDPOINT),
    DATASOURCE("datasource", DeclKind.DATASOURCE);

    private final String clause;
    private final DeclKind declared;

    TargetKind(String clause, DeclKind declared) {
        this.clause = clause;
        this.declared = declared;
    }

    /** The clause keyword: {@code call}, {@code endpoint}, {@code datasource}. */
    public String clause() {
        return clause;
    }

    /** The declarations the clause names. */
    public DeclKind declared() {
        return declared;
    }

    public static TargetKind ofClause(String keyword) {
        for (TargetKind kind : values()) {
            if (kind.clause.equals(keyword)) {
                return kind;
            }
        }
        return null;
    }

    public static TargetKind of(Action action) {
        if (action instanceof EntryPointCall) {
            return CALL;
        }
        return action instanceof HttpCall ? ENDPOINT : DATASOURCE;
    }
}
