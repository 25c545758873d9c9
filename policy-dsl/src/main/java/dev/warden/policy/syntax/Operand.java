package dev.warden.policy.syntax;

import java.util.List;

/** A value in a condition. */
public sealed interface Operand permits Operand.Path, Operand.IntLit, Operand.StrLit, Operand.BoolLit {

    Span span();

    /** A dotted path: {@code arg.size}, {@code principal.claim.dept}. */
    record Path(List<Name> parts, Span span) implements Operand {
        public Path {
            parts = List.copyOf(parts);
        }

        public String dotted() {
            StringBuilder text = new StringBuilder();
            for (Name part : parts) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(part.text());
            }
            return text.toString();
        }
    }

    record IntLit(long value, Span span) implements Operand {

        /** The literal as written ({@code 5_000_000} keeps its underscores), read back from its span. */
        public String written() {
            String line = span.file().line(span.line());
            int from = span.column() - 1;
            return from >= 0 && from + span.length() <= line.length()
                ? line.substring(from, from + span.length()) : Long.toString(value);
        }
    }

    record StrLit(String value, Span span) implements Operand {
    }

    record BoolLit(boolean value, Span span) implements Operand {
    }
}
