package dev.warden.policy.syntax;

/**
 * How a message shows one character: itself in quotes when it prints, else its code point
 * ({@code U+FEFF}), so that a BOM, a NUL or half of a surrogate pair never lands in a terminal or
 * a log line unseen or mangled.
 */
final class CharNames {

    private CharNames() {
    }

    static String shown(int codePoint) {
        if (!prints(codePoint)) {
            return String.format("U+%04X", codePoint);
        }
        String quoted = "'" + Character.toString(codePoint) + "'";
        // a Cyrillic 'а' or a Greek 'ο' looks like its ASCII twin: say which character it is
        String name = codePoint < 0x80 ? null : Character.getName(codePoint);
        return name == null ? quoted : quoted + " (" + String.format("U+%04X", codePoint) + " " + name + ")";
    }

    /**
     * {@code text} on one line: every character that does not print (line breaks, controls, a BOM,
     * a lone surrogate) written as the policy language would escape it ({@code \\n}, {@code \\u00ad}).
     */
    static String oneLine(String text) {
        if (text == null || text.codePoints().allMatch(CharNames::printsInLine)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (printsInLine(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : "\\t");
            } else {
                for (char c : Character.toChars(cp)) {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        });
        return out.toString();
    }

    private static boolean printsInLine(int codePoint) {
        return codePoint == ' ' || prints(codePoint);
    }

    private static boolean prints(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> true;
        };
    }
}
