package dev.warden.policy.syntax;

/** Token kinds. Keywords are {@link #IDENT}s: the parser decides by position (see Parser). */
public enum TokenKind {
    IDENT("a name"),
    STRING("a string"),
    INT("an integer"),
    LBRACE("'{'"),
    RBRACE("'}'"),
    LBRACKET("'['"),
    RBRACKET("']'"),
    LPAREN("'('"),
    RPAREN("')'"),
    COMMA("','"),
    DOT("'.'"),
    EQ("'=='"),
    NE("'!='"),
    LT("'<'"),
    LE("'<='"),
    GT("'>'"),
    GE("'>='"),
    EOF("the end of the file");

    private final String description;

    TokenKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
