package dev.warden.agent.policytest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON text into {@link Json} values that know where they are. Strict JSON: no comments. */
final class JsonParse {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonParser parser;
    private final Problems problems;

    private JsonParse(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** The document, or null after reporting why it is not JSON (T001). */
    static Json read(String text, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonParse parse = new JsonParse(parser, problems);
            if (parser.nextToken() == null) {
                problems.add(InputCode.T001, new Where(1, 1, 1), "the file is empty", "write a JSON object: { ... }");
                return null;
            }
            Json value = parse.value();
            if (value != null && parser.nextToken() != null) {
                problems.add(InputCode.T001, parse.here(), "unexpected content after the end of the JSON document",
                    "a file holds one JSON object");
                return null;
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            JsonSyntax.Explained why = JsonSyntax.explain(e.getOriginalMessage());
            problems.add(InputCode.T001, at == null ? new Where(1, 1, 1) : new Where(at.getLineNr(), at.getColumnNr(), 1),
                why.message(), why.hint());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail otherwise
        }
    }

    /** The value at the current token; null (reported) for a duplicate field inside it. */
    private Json value() throws IOException {
        JsonToken token = parser.currentToken();
        String text = token.isScalarValue() ? parser.getText() : null; // read it all first: its end gives the length
        Where where = here();
        return switch (token) {
            case START_OBJECT -> object(where);
            case START_ARRAY -> array(where);
            case VALUE_STRING -> new Json.Str(text, where);
            case VALUE_NUMBER_INT -> new Json.Num(text, true, where);
            case VALUE_NUMBER_FLOAT -> new Json.Num(text, false, where);
            case VALUE_TRUE, VALUE_FALSE -> new Json.Bool(token == JsonToken.VALUE_TRUE, where);
            case VALUE_NULL -> new Json.Null(where);
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private Json object(Where where) throws IOException {
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        boolean duplicate = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Where start = here();
            Where nameWhere = new Where(start.line(), start.column(), name.length() + 2);
            parser.nextToken();
            Json value = value();
            if (fields.containsKey(name)) {
                problems.add(InputCode.T001, nameWhere, "field \"" + name + "\" is given twice",
                    "the first is at " + fields.get(name).where().line() + ":"
                        + fields.get(name).where().column() + "; keep one");
                duplicate = true;
            } else if (value != null) {
                fields.put(name, new Json.Field(name, nameWhere, value));
            }
        }
        return duplicate ? null : new Json.Obj(fields, where);
    }

    private Json array(Where where) throws IOException {
        List<Json> items = new ArrayList<>();
        boolean broken = false;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Json item = value();
            broken |= item == null;
            items.add(item);
        }
        return broken ? null : new Json.Arr(items, where);
    }

    /** Where the current token starts, and its length when it ends on the same line. */
    private Where here() {
        JsonLocation start = parser.currentTokenLocation();
        JsonLocation end = parser.currentLocation();
        JsonToken token = parser.currentToken();
        boolean scalar = token != null && token.isScalarValue();
        int length = scalar && end.getLineNr() == start.getLineNr() ? end.getColumnNr() - start.getColumnNr() : 1;
        return new Where(start.getLineNr(), start.getColumnNr(), Math.max(1, length));
    }
}
