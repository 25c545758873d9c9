package dev.warden.policy.check;

import dev.warden.policy.RequestFacts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed request facts conditions may name: their type, the target kinds that have them and,
 * for some, the only values a literal may take. Paths in these namespaces that are not listed are
 * typos (P010); paths outside them are request attributes typed at decision time.
 */
final class Facts {
    static final List<String> NAMESPACES = List.of("arg", "payload", "http", "sql", "result", "time");
    static final String HEADER_PREFIX = "http.header.";

    record Fact(String path, ValueType type, Set<TargetKind> kinds, List<String> values) {
    }

    private static final Set<TargetKind> ALL = EnumSet.allOf(TargetKind.class);
    private static final Set<TargetKind> CALL = EnumSet.of(TargetKind.CALL);
    private static final Set<TargetKind> ENDPOINT = EnumSet.of(TargetKind.ENDPOINT);
    private static final Set<TargetKind> DATASOURCE = EnumSet.of(TargetKind.DATASOURCE);

    private static final Map<String, Fact> FACTS = new LinkedHashMap<>();

    static {
        add(RequestFacts.ARG_SIZE, ValueType.INT, CALL, null);
        add(RequestFacts.ARG_COUNT, ValueType.INT, CALL, null);
        add(RequestFacts.PAYLOAD_SIZE, ValueType.INT, ENDPOINT, null);
        add("http.method", ValueType.STRING, ENDPOINT, TargetDeclChecker.HTTP_METHODS);
        add("http.host", ValueType.STRING, ENDPOINT, null);
        add("http.path", ValueType.STRING, ENDPOINT, null);
        add(RequestFacts.SQL_EFFECTS, ValueType.SET, DATASOURCE, RequestFacts.SQL_EFFECT_NAMES);
        add(RequestFacts.SQL_TABLES, ValueType.SET, DATASOURCE, null);
        add(RequestFacts.SQL_HAS_WHERE, ValueType.BOOL, DATASOURCE, null);
        add(RequestFacts.SQL_PARSED, ValueType.BOOL, DATASOURCE, null);
        add(RequestFacts.SQL_STATEMENTS, ValueType.INT, DATASOURCE, null);
        add(RequestFacts.RESULT_ROWS, ValueType.INT, DATASOURCE, null);
        add("time.hour", ValueType.INT, ALL, null);
        add("time.minute", ValueType.INT, ALL, null);
        add("time.weekday", ValueType.STRING, ALL, RequestFacts.WEEKDAYS);
    }

    private Facts() {
    }

    private static void add(String path, ValueType type, Set<TargetKind> kinds, List<String> values) {
        FACTS.put(path, new Fact(path, type, kinds, values));
    }

    /** The fact at {@code path} ({@code http.header.NAME} included), or null if none is declared. */
    static Fact of(String path) {
        if (path.startsWith(HEADER_PREFIX) && path.length() > HEADER_PREFIX.length()
            && path.indexOf('.', HEADER_PREFIX.length()) < 0) {
            return new Fact(path, ValueType.STRING, ENDPOINT, null);
        }
        return FACTS.get(path);
    }

    static boolean inNamespace(String path) {
        int dot = path.indexOf('.');
        return NAMESPACES.contains(dot < 0 ? path : path.substring(0, dot));
    }

    /** The known paths in {@code path}'s namespace, for "did you mean". */
    static List<String> sameNamespace(String path) {
        int dot = path.indexOf('.');
        String prefix = (dot < 0 ? path : path.substring(0, dot)) + ".";
        List<String> result = new ArrayList<>();
        FACTS.keySet().stream().filter(p -> p.startsWith(prefix)).forEach(result::add);
        if (prefix.equals("http.")) {
            result.add("http.header.NAME");
        }
        return result;
    }

    /** How an error names the target kinds that have a fact: {@code endpoint rules}. */
    static String kindsOf(Fact fact) {
        List<String> names = new ArrayList<>();
        fact.kinds().forEach(k -> names.add(k.clause()));
        return String.join(" and ", names) + " rules";
    }
}
