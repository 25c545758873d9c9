package dev.warden.policy.check;

import dev.warden.policy.EntryPointPattern;
import dev.warden.policy.syntax.Code;
import dev.warden.policy.syntax.Diagnostics;
import dev.warden.policy.syntax.StringValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses method strings: {@code pkg.Class#method} (any overload) or
 * {@code pkg.Class#method(pkg.Type, int, java.lang.String[])} (exactly these parameter types, as
 * {@link Class#getTypeName()} writes them).
 */
final class MethodPatterns {
    private static final String FORM = "write it as \"pkg.Class#method\" or \"pkg.Class#method(pkg.Type, int)\"";

    private final StringValue source;
    private final Diagnostics diagnostics;

    private MethodPatterns(StringValue source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /** The pattern, or null after reporting P020. */
    static EntryPointPattern parse(StringValue source, Diagnostics diagnostics) {
        return new MethodPatterns(source, diagnostics).parse();
    }

    private EntryPointPattern parse() {
        String text = source.value();
        int hash = text.indexOf('#');
        if (hash < 0) {
            return fail(0, text.length(), "method \"" + text + "\" has no '#' between class and method");
        }
        int open = text.indexOf('(', hash);
        int nameEnd = open < 0 ? text.length() : open;
        if (!checkTypeName(text, 0, hash, "class name", false)
            || !checkIdentifier(text, hash + 1, nameEnd, "method name")) {
            return null;
        }
        String className = text.substring(0, hash);
        String methodName = text.substring(hash + 1, nameEnd);
        if (open < 0) {
            return new EntryPointPattern(className, methodName, null);
        }
        List<String> parameters = parameters(text, open);
        return parameters == null ? null : new EntryPointPattern(className, methodName, parameters);
    }

    private List<String> parameters(String text, int open) {
        int close = text.indexOf(')', open);
        if (close < 0) {
            return fail(open, text.length() - open, "parameter list is not closed with ')'");
        }
        if (close != text.length() - 1) {
            return fail(close + 1, text.length() - close - 1, "unexpected text after ')'");
        }
        List<String> parameters = new ArrayList<>();
        if (text.substring(open + 1, close).isBlank()) {
            return parameters;
        }
        int start = open + 1;
        while (start <= close) {
            int end = text.indexOf(',', start);
            end = end < 0 || end > close ? close : end;
            int from = skipSpaces(text, start, end);
            int to = trimEnd(text, from, end);
            if (!checkTypeName(text, from, to, "parameter type", true)) {
                return null;
            }
            parameters.add(text.substring(from, to));
            start = end + 1;
        }
        return parameters;
    }

    /** A dotted name of Java identifiers ({@code $} allowed), optionally followed by {@code []} pairs. */
    private boolean checkTypeName(String text, int from, int to, String what, boolean arrays) {
        int end = to;
        while (arrays && end - from >= 2 && text.startsWith("[]", end - 2)) {
            end -= 2;
        }
        if (from >= end) {
            fail(from, 1, "missing " + what);
            return false;
        }
        int segment = from;
        for (int i = from; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                if (!checkIdentifier(text, segment, i, what)) {
                    return false;
                }
                segment = i + 1;
            }
        }
        return true;
    }

    private boolean checkIdentifier(String text, int from, int to, String what) {
        if (from >= to) {
            fail(Math.min(from, Math.max(0, text.length() - 1)), 1, "missing part of the " + what);
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ok = i == from ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c);
            if (!ok) {
                fail(i, 1, "'" + c + "' cannot appear in a " + what + " (in \"" + text + "\")");
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(String text, int from, int to) {
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return to;
    }

    private <T> T fail(int index, int length, String message) {
        diagnostics.error(Code.P020, source.spanOf(index, length), message, FORM);
        return null;
    }
}
