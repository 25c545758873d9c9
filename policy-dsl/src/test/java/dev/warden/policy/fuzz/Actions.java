package dev.warden.policy.fuzz;

import dev.warden.policy.Action;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.HttpCall;
import dev.warden.policy.SqlCall;
import dev.warden.policy.address.UrlPattern;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The action of a generated request, of one of the three kinds: a call of one of the policy's
 * entry-point methods (through an implementation class) or of another; an HTTP request to a URL
 * one of its endpoint patterns matches, spelled as an application might, or to another host; SQL
 * on one of its datasources, spelled another way than the declaration, or on a database nearby.
 *
 * @param action what the request does
 * @param spelling the URL or signature as the application wrote it
 * @param plain the same URL spelled plainly (HTTP and SQL), for the normalisation property; else null
 * @param target the declaration the action was built to match, or null
 */
record Actions(Action action, String spelling, String plain, String target) {
    private static final List<String> METHODS = List.of("GET", "POST", "put", "Delete", "PATCH", "HEAD", "OPTIONS");

    static Actions of(PolicyModel.On kind, boolean declared, int pick, PolicyModel model, Mentions mentions, Random random) {
        return switch (kind) {
            case CALL -> call(declared, model.entryPoints().get(pick % model.entryPoints().size()), random);
            case ENDPOINT -> http(declared, model.endpoints().get(pick % model.endpoints().size()), mentions, random);
            case DATASOURCE -> sql(declared, model.datasources().get(pick % model.datasources().size()), random);
        };
    }

    private static Actions call(boolean declared, PolicyModel.EntryPoint entryPoint, Random random) {
        PolicyModel.Method m = entryPoint.methods().get(random.nextInt(entryPoint.methods().size()));
        List<String> parameters = m.parameterTypes() != null ? m.parameterTypes() : List.of("java.lang.String");
        String implementation = "impl." + m.className() + "Impl";
        if (!declared) {
            EntryPointCall other = new EntryPointCall(implementation, m.methodName() + "Other", parameters,
                Set.of(implementation, "java.lang.Object"));
            return new Actions(other, implementation + "#" + other.methodName(), null, null);
        }
        EntryPointCall call = new EntryPointCall(implementation, m.methodName(), parameters,
            Set.of(implementation, m.className(), "java.lang.Object"));
        return new Actions(call, implementation + "#" + m.methodName() + parameters, null, entryPoint.name());
    }

    private static Actions http(boolean declared, PolicyModel.Endpoint endpoint, Mentions mentions, Random random) {
        String plain = declared ? HttpAddresses.matching(UrlPattern.parse(endpoint.urls().get(random.nextInt(endpoint.urls().size()))),
            random) : HttpAddresses.unrelated(random);
        String spelled = HttpAddresses.respelled(plain, random);
        String method = declared && endpoint.methods() != null && !endpoint.methods().isEmpty()
            ? endpoint.methods().get(random.nextInt(endpoint.methods().size())) : HttpAddresses.pick(random, METHODS);
        Map<String, String> headers = new HashMap<>();
        for (String name : Mentions.with(mentions.headers(), Vocabulary.HEADERS)) {
            if (random.nextBoolean()) {
                String written = random.nextInt(4) == 0 ? name : name.replace('_', '-');
                headers.put(random.nextBoolean() ? written.toUpperCase(Locale.ROOT) : written,
                    HttpAddresses.pick(random, Mentions.with(mentions.strings(), Vocabulary.WORDS)));
            }
        }
        return new Actions(HttpCall.of(method, spelled, headers), method + " " + spelled, plain,
            declared ? endpoint.name() : null);
    }

    private static Actions sql(boolean declared, PolicyModel.Datasource datasource, Random random) {
        JdbcAddresses.Database db = datasource.databases().get(random.nextInt(datasource.databases().size()));
        JdbcAddresses.Database reached = declared ? db : JdbcAddresses.neighbour(db, random);
        String plain = JdbcAddresses.spelled(reached, random);
        String spelled = JdbcAddresses.spelled(reached, random);
        return new Actions(SqlCall.of(spelled), spelled, plain, declared ? datasource.name() : null);
    }
}
