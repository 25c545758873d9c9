package dev.warden.policy.check;

import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.DeclKind;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves names and checks every declaration of a set of parsed files, reporting every problem.
 * Declarations whose body failed to parse still declare their name, so one typo does not cascade
 * into "unknown name" errors elsewhere. A set without errors is then linted (warnings only).
 */
public final class Checker {
    private final List<ParsedFile> files;
    private final Diagnostics diagnostics;
    private final NameTable names;

    private Checker(List<ParsedFile> files, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
        this.names = new NameTable(files, diagnostics);
    }

    /** The checked policy; meaningful only if {@code diagnostics} has no errors. */
    public static CheckedPolicy check(List<ParsedFile> files, Diagnostics diagnostics) {
        return new Checker(files, diagnostics).run();
    }

    private CheckedPolicy run() {
        List<CheckedPolicy.FileHeader> headers = new ArrayList<>();
        HeaderChecker headerChecker = new HeaderChecker(diagnostics);
        for (int f = 0; f < files.size(); f++) {
            int file = f;
            List<Decl> ofFile = names.of(DeclKind.POLICY).stream().filter(d -> names.fileOf(d) == file).toList();
            headers.add(headerChecker.check(files.get(f).source().name(), ofFile));
        }
        IdentityChecker identityChecker = new IdentityChecker(diagnostics);
        TargetDeclChecker targets = new TargetDeclChecker(diagnostics);
        AccessDeclChecker access = new AccessDeclChecker(diagnostics, names);
        RuleChecker ruleChecker = new RuleChecker(diagnostics, names);
        CheckedPolicy policy = new CheckedPolicy(headers,
            names.of(DeclKind.IDENTITY).stream().map(identityChecker::check).toList(),
            names.of(DeclKind.ENTRYPOINT).stream().map(d -> targets.entryPoint(d, names.fileOf(d))).toList(),
            names.of(DeclKind.ENDPOINT).stream().map(d -> targets.endpoint(d, names.fileOf(d))).toList(),
            names.of(DeclKind.DATASOURCE).stream().map(d -> targets.datasource(d, names.fileOf(d))).toList(),
            names.of(DeclKind.CREDENTIAL).stream().map(access::credential).toList(),
            names.of(DeclKind.APPROVERS).stream().map(access::approvers).toList(),
            names.of(DeclKind.RULE).stream().map(d -> ruleChecker.check(d, names.fileOf(d))).toList());
        if (!diagnostics.hasErrors()) {
            new Lints(policy, names.of(DeclKind.RULE), diagnostics).run();
        }
        return policy;
    }
}
