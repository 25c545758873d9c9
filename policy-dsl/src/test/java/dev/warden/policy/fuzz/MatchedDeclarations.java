package dev.warden.policy.fuzz;

import dev.warden.policy.Action;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.SqlCall;
import dev.warden.policy.address.JdbcAddress;
import java.util.ArrayList;
import java.util.List;

/** Which declarations of a generated policy a request's action matches, worked out from the policy's model. */
final class MatchedDeclarations {

    private MatchedDeclarations() {
    }

    /** The files of the declarations {@code action} matches; null for an HTTP request (that takes the glob matcher). */
    static List<Integer> files(PolicyModel model, Action action) {
        List<Integer> files = new ArrayList<>();
        if (action instanceof EntryPointCall call) {
            model.entryPoints().stream().filter(e -> e.methods().stream().anyMatch(m -> new EntryPointPattern(m.className(),
                m.methodName(), m.parameterTypes()).matches(call))).forEach(e -> files.add(e.file()));
            return files;
        }
        if (action instanceof SqlCall sql) {
            model.datasources().stream().filter(ds -> ds.urls().stream().anyMatch(u -> JdbcAddress.parse(u).equals(sql.datasource())))
                .forEach(ds -> files.add(ds.file()));
            return files;
        }
        return null;
    }
}
