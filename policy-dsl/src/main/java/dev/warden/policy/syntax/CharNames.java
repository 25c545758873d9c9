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
        return prints(codePoint) ? "'" + Character.toString(codePoint) + "'" : String.format("U+%04X", codePoint);
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
