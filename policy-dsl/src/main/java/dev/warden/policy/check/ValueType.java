package dev.warden.policy.check;

/** What the checker knows about an operand's type; DYNAMIC attributes are checked at decision time. */
enum ValueType {
    INT("an integer"),
    STRING("a string"),
    BOOL("a boolean"),
    SET("a set of strings"),
    DYNAMIC("an attribute");

    final String description;

    ValueType(String description) {
        this.description = description;
    }

    boolean known() {
        return this != DYNAMIC;
    }
}
