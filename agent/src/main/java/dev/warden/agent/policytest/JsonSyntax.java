package dev.warden.agent.policytest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors said plainly. Its messages name its own features and classes and quote
 * its source locations ({@code [Source: REDACTED ...]}); a person editing a test file needs what is
 * wrong at the caret and what to write instead. Jackson has no error codes, so its message is
 * matched; one it words differently falls back to a plain "not valid JSON", never to its text.
 */
final class JsonSyntax {

    /** What is wrong (a sentence) and what to do, or null. */
    record Explained(String message, String hint) {
    }

    private record Family(Pattern pattern, Function<Matcher, Explained> explain) {
    }

    private static final String FOUND = "\\('.*' \\(code (\\d+)\\)\\)";
    private static final String STARTS_AT = ".*line: (\\d+), column: (\\d+)\\]\\)";
    private static final String NUMBER_HINT = "write numbers as 12, -3, 1.5 or 2e3: no leading zero, no '+', "
        + "digits after '.' and 'e'";

    private static final List<Family> FAMILIES = List.of(
        family("Unexpected character " + FOUND + ": maybe a \\(non-standard\\) comment", m ->
            new Explained("JSON has no comments", "remove the comment")),
        family("Unexpected character " + FOUND + ": was expecting double-quote to start field name", m ->
            fieldName(found(m, 1))),
        family("Unexpected character " + FOUND + ": was expecting comma to separate Object entries", m ->
            new Explained("expected ',' or '}' after the field's value, found " + found(m, 1),
                "is a comma missing between two fields?")),
        family("Unexpected character " + FOUND + ": was expecting comma to separate Array entries", m ->
            new Explained("expected ',' or ']' after the list item, found " + found(m, 1),
                "is a comma missing between two items?")),
        family("Unexpected character " + FOUND + ": was expecting a colon to separate field name and value", m ->
            new Explained("expected ':' after the field name, found " + found(m, 1), "write \"name\": value")),
        family("Unexpected character " + FOUND + ": expected a valid value", m -> value(found(m, 1))),
        family("Unexpected character " + FOUND + ": expected a hex-digit", m ->
            new Explained("\\u must be followed by four hex digits, found " + found(m, 1), "e.g. \\u00e9")),
        family("Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object) starting at" + STARTS_AT, m ->
            new Explained("'" + m.group(1) + "' cannot close the " + noun(m.group(3)) + " that starts at " + m.group(4)
                + ":" + m.group(5), "close it with '" + m.group(2) + "'")),
        family("Unexpected close marker '(.)': no open (Array|Object) to close", m ->
            new Explained("'" + m.group(1) + "' closes nothing: no " + noun(m.group(2)) + " is open here",
                "remove it, or look for a " + noun(m.group(2)) + " closed too early")),
        family("Unexpected end-of-input: expected close marker for (Array|Object) \\(start marker at" + STARTS_AT, m ->
            new Explained("the file ends before the " + noun(m.group(1)) + " that starts at " + m.group(2) + ":"
                + m.group(3) + " is closed", "close it with '" + closer(m.group(1)) + "'")),
        family("Unexpected end-of-input within/between (Array|Object) entries", m ->
            new Explained("the file ends inside a " + noun(m.group(1)), "close it with '" + closer(m.group(1)) + "'")),
        family("Unexpected end-of-input(: was expecting closing quote| in field name)", m ->
            new Explained("the file ends inside a string", "close the string with '\"'")),
        family("Unrecognized token '(.*)': was expecting", m ->
            new Explained("'" + m.group(1) + "' is not a JSON value",
                "write a string in double quotes (\"" + m.group(1) + "\"); the words JSON knows are true, false and null")),
        family("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", m ->
            new Explained("a string holds the control character " + codePoint(Integer.parseInt(m.group(1))),
                "write it as an escape: \\n for a line break, \\t for a tab, \\u00XX for others")),
        family("Unrecognized character escape '.*' \\(code (\\d+)\\)", m ->
            new Explained("'\\" + Character.toString(Integer.parseInt(m.group(1))) + "' is not a JSON escape",
                "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\")),
        family("(Invalid numeric value|Non-standard token|Unexpected character .* in numeric value)", m ->
            new Explained("not a JSON number", NUMBER_HINT)),
        family("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", m ->
            new Explained("objects and lists nest more than " + m.group(2) + " levels deep", null)));

    private JsonSyntax() {
    }

    /** Jackson's message (its first line is enough) as a plain sentence and a hint. */
    static Explained explain(String jacksonMessage) {
        String first = jacksonMessage == null ? "" : jacksonMessage.lines().findFirst().orElse("");
        for (Family family : FAMILIES) {
            Matcher m = family.pattern().matcher(first);
            if (m.lookingAt()) {
                return family.explain().apply(m);
            }
        }
        return new Explained("not valid JSON", "check the JSON syntax at and just before this place");
    }

    private static Family family(String regex, Function<Matcher, Explained> explain) {
        return new Family(Pattern.compile(regex), explain);
    }

    private static Explained fieldName(String found) {
        if (found.equals("'}'")) {
            return new Explained("expected another field after ',', found '}'",
                "JSON allows no comma after the last field: remove it");
        }
        if (found.equals("'''")) {
            return new Explained("a field name is written in double quotes, not single quotes", "write \"name\": value");
        }
        return new Explained("expected a field name in double quotes, found " + found, "write \"name\": value");
    }

    private static Explained value(String found) {
        if (found.equals("']'") || found.equals("','")) {
            return new Explained("expected a value, found " + found,
                "a value is missing, or a comma is one too many: JSON allows no comma after the last item");
        }
        if (found.equals("'''")) {
            return new Explained("a string is written in double quotes, not single quotes", "write \"text\"");
        }
        return new Explained("expected a value, found " + found,
            "a value is a string in double quotes, a number, true, false, null, an object { } or a list [ ]");
    }

    /** The character a message's {@code (code N)} names: quoted, or as U+XXXX when it is invisible. */
    private static String found(Matcher m, int group) {
        int c = Integer.parseInt(m.group(group));
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
            ? codePoint(c) : "'" + Character.toString(c) + "'";
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    private static String noun(String jacksonKind) {
        return jacksonKind.equals("Array") ? "list" : "object";
    }

    private static char closer(String jacksonKind) {
        return jacksonKind.equals("Array") ? ']' : '}';
    }
}
