package dev.warden.policy;

/**
 * A rule of a compiled set and where it is written.
 *
 * @param id the rule's name
 * @param kind its keyword: {@code permit}, {@code forbid}, {@code require_approval}, {@code mask}, {@code inject}
 * @param file the file it is declared in, as the set was loaded
 * @param line the line of its name
 */
public record RuleDeclaration(String id, String kind, String file, int line) {

    /** {@code forbid 'no_bulk_export' (warehouse.policy:41)}. */
    public String describe() {
        return kind + " '" + id + "' (" + file + ":" + line + ")";
    }
}
