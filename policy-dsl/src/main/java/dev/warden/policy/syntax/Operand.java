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
    }

    record StrLit(String value, Span span) implements Operand {
    }

    record BoolLit(boolean value, Span span) implements Operand {
    }
}
