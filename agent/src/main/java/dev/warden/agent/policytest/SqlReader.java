package dev.warden.agent.policytest;

import dev.warden.policy.Action;
import dev.warden.policy.RequestFacts;
import dev.warden.policy.SqlCall;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request's {@code "sql"}: the JDBC URL and what the SQL does. Warden has no SQL classifier yet,
 * so a request states the facts the classifier would report ({@code sql.effects}, ...); a fact
 * left out is absent from the request, and a condition reading it errors.
 */
final class SqlReader {
    static final List<String> FIELDS = List.of("url", "effects", "tables", "has_where", "parsed", "statements");

    private SqlReader() {
    }

    static Action read(Fields sql, Map<String, Object> attributes) {
        if (sql == null) {
            return null;
        }
        String url = sql.string("url", true);
        effects(sql, attributes);
        List<String> tables = sql.strings("tables", false);
        if (tables != null) {
            Set<String> lower = new LinkedHashSet<>();
            tables.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT))); // as the classifier reports them
            attributes.put(RequestFacts.SQL_TABLES, lower);
        }
        putIfGiven(attributes, RequestFacts.SQL_HAS_WHERE, sql.has("has_where") ? sql.bool("has_where") : null);
        putIfGiven(attributes, RequestFacts.SQL_PARSED, sql.has("parsed") ? sql.bool("parsed") : null);
        putIfGiven(attributes, RequestFacts.SQL_STATEMENTS, sql.count("statements", false));
        if (url == null) {
            return null;
        }
        try {
            return SqlCall.of(url);
        } catch (IllegalArgumentException e) {
            sql.invalid("url", "\"" + url + "\" is not a JDBC URL Warden accepts: " + e.getMessage(),
                "e.g. \"jdbc:postgresql://db.example:5432/sales\"");
            return null;
        }
    }

    private static void effects(Fields sql, Map<String, Object> attributes) {
        List<String> effects = sql.strings("effects", false);
        if (effects == null) {
            return;
        }
        for (String effect : effects) {
            if (!RequestFacts.SQL_EFFECT_NAMES.contains(effect)) {
                sql.notOneOf("effects", effect, RequestFacts.SQL_EFFECT_NAMES);
                return;
            }
        }
        attributes.put(RequestFacts.SQL_EFFECTS, Set.copyOf(effects));
    }

    private static void putIfGiven(Map<String, Object> attributes, String name, Object value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
