package dev.warden.policy.check;

import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.address.JdbcAddress;
import dev.warden.policy.address.UrlPattern;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Decl;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.Member;
import dev.warden.policy.syntax.Name;
import dev.warden.policy.syntax.StringValue;
import dev.warden.policy.syntax.Suggest;
import dev.warden.policy.syntax.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks the declarations rules target: entrypoints (methods), endpoints (URLs, methods), datasources (JDBC URLs). */
final class TargetDeclChecker {
    static final List<String> HTTP_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
        "TRACE", "CONNECT");

    private final Diagnostics diagnostics;

    TargetDeclChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    CheckedPolicy.EntryPoint entryPoint(Decl decl, int file) {
        List<Member> methods = new MemberReader(decl, diagnostics).all("method");
        if (methods.isEmpty() && !decl.recovered()) {
            diagnostics.error(Code.P014, decl.name().span(), "entrypoint '" + decl.name().text() + "' names no method",
                "add: method \"pkg.Class#method\"");
        }
        List<EntryPointPattern> patterns = new ArrayList<>();
        for (Member m : methods) {
            EntryPointPattern pattern = MethodPatterns.parse(((Member.Str) m).value(), diagnostics);
            if (pattern != null && !patterns.contains(pattern)) {
                patterns.add(pattern);
            }
        }
        return new CheckedPolicy.EntryPoint(decl.name().text(), patterns, file);
    }

    CheckedPolicy.Endpoint endpoint(Decl decl, int file) {
        MemberReader members = new MemberReader(decl, diagnostics);
        List<Member> urls = members.all("url");
        if (urls.isEmpty() && !decl.recovered()) {
            diagnostics.error(Code.P014, decl.name().span(), "endpoint '" + decl.name().text() + "' names no url",
                "add: url \"https://api.example.com/v1/**\"");
        }
        List<UrlPattern> patterns = parseAll(urls, UrlPattern::parse, Code.P022, "bad URL pattern: ",
            "write it as \"https://host/path\"; '*' matches one host label or path segment, '**' any number");
        Member method = members.single("method", "list every method in one field: method [GET, POST]");
        return new CheckedPolicy.Endpoint(decl.name().text(), patterns, methods(method), file);
    }

    private Set<String> methods(Member member) {
        Set<String> methods = new LinkedHashSet<>();
        if (member == null || ((Member.Targets) member).target() instanceof Target.Any) {
            return methods;
        }
        for (Name name : ((Target.Names) ((Member.Targets) member).target()).names()) {
            if (HTTP_METHODS.contains(name.text())) {
                methods.add(name.text());
            } else {
                String upper = name.text().toUpperCase(java.util.Locale.ROOT);
                String hint = HTTP_METHODS.contains(upper) ? "methods are upper case: " + upper
                    : Suggest.didYouMean(upper, HTTP_METHODS);
                diagnostics.error(Code.P024, name.span(), "unknown HTTP method '" + name.text() + "'",
                    hint != null ? hint : "use one of: " + String.join(", ", HTTP_METHODS));
            }
        }
        return methods;
    }

    CheckedPolicy.Datasource datasource(Decl decl, int file) {
        List<Member> urls = new MemberReader(decl, diagnostics).all("url");
        if (urls.isEmpty() && !decl.recovered()) {
            diagnostics.error(Code.P014, decl.name().span(), "datasource '" + decl.name().text() + "' names no url",
                "add: url \"jdbc:postgresql://db.example:5432/sales\"");
        }
        List<JdbcAddress> addresses = parseAll(urls, JdbcAddress::parse, Code.P023, "bad JDBC URL: ",
            "write it as the application connects, e.g. \"jdbc:postgresql://db.example:5432/sales\"");
        return new CheckedPolicy.Datasource(decl.name().text(), addresses, file);
    }

    /** Each string member parsed, without duplicates; a value the parser rejects is {@code code} at its place. */
    private <T> List<T> parseAll(List<Member> members, Function<String, T> parser, Code code, String prefix, String hint) {
        List<T> parsed = new ArrayList<>();
        for (Member m : members) {
            StringValue value = ((Member.Str) m).value();
            try {
                T result = parser.apply(value.value());
                if (!parsed.contains(result)) {
                    parsed.add(result);
                }
            } catch (IllegalArgumentException e) {
                diagnostics.error(code, value.span(), prefix + e.getMessage(), hint);
            }
        }
        return parsed;
    }
}
